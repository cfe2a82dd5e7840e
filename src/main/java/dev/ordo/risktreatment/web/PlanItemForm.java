package dev.ordo.risktreatment.web;

import java.util.UUID;

import dev.ordo.risktreatment.PlanItemRequest;
import dev.ordo.risktreatment.PlanItemStatus;
import dev.ordo.risktreatment.PlanItemView;

/**
 * A treatment plan item (ISO/IEC 27001:2022 6.1.3 e) as the page submits it, when adding one or changing an existing
 * one.
 */
public class PlanItemForm {

	private String title;

	private UUID ownerId;

	private String dueDate;

	/** As typed, so that the service's rule decides and its message shows next to the field. */
	private String cost;

	private String effort;

	private PlanItemStatus status;

	/** When changing an item, the version the form was opened on: saving after someone else's change is refused. */
	private Long version;

	/** The form filled with an item's current values, to change it. */
	static PlanItemForm of(PlanItemView item) {
		PlanItemForm form = new PlanItemForm();
		form.version = item.version();
		form.title = item.title();
		form.ownerId = item.owner() == null ? null : item.owner().userId();
		form.dueDate = item.dueDate() == null ? null : item.dueDate().toString();
		form.cost = item.cost() == null ? null : item.cost().toPlainString();
		form.effort = item.effort();
		form.status = item.status();
		return form;
	}

	PlanItemRequest request() {
		return new PlanItemRequest(title, ownerId, dueDate, cost, effort, status);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public UUID getOwnerId() {
		return ownerId;
	}

	public void setOwnerId(UUID ownerId) {
		this.ownerId = ownerId;
	}

	public String getDueDate() {
		return dueDate;
	}

	public void setDueDate(String dueDate) {
		this.dueDate = dueDate;
	}

	public String getCost() {
		return cost;
	}

	public void setCost(String cost) {
		this.cost = cost;
	}

	public String getEffort() {
		return effort;
	}

	public void setEffort(String effort) {
		this.effort = effort;
	}

	public PlanItemStatus getStatus() {
		return status;
	}

	public void setStatus(PlanItemStatus status) {
		this.status = status;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
