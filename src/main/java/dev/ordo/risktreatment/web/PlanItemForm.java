package dev.ordo.risktreatment.web;

import java.math.BigDecimal;
import java.util.UUID;

import dev.ordo.risktreatment.PlanItemRequest;
import dev.ordo.risktreatment.PlanItemStatus;

/** A new treatment plan item as the page submits it. */
public class PlanItemForm {

	private String title;

	private UUID ownerId;

	private String dueDate;

	private BigDecimal cost;

	private String effort;

	private PlanItemStatus status;

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

	public BigDecimal getCost() {
		return cost;
	}

	public void setCost(BigDecimal cost) {
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
}
