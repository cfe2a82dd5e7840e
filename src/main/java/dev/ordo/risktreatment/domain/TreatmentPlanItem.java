package dev.ordo.risktreatment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.ordo.platform.persistence.OrganizationOwned;
import dev.ordo.risktreatment.PlanItemStatus;

/** One action of a risk's treatment plan (ISO/IEC 27001 6.1.3 e, 8.3). */
@Entity
@Table(name = "treatment_plan_item")
public class TreatmentPlanItem extends OrganizationOwned {

	@Id
	private UUID id;

	private UUID riskId;

	private String title;

	private UUID ownerId;

	private LocalDate dueDate;

	private BigDecimal cost;

	private String effort;

	@Enumerated(EnumType.STRING)
	private PlanItemStatus status;

	@Version
	private long version;

	protected TreatmentPlanItem() {
	}

	public TreatmentPlanItem(UUID riskId) {
		this.id = UUID.randomUUID();
		this.riskId = riskId;
	}

	public void change(String title, UUID ownerId, LocalDate dueDate, BigDecimal cost, String effort,
			PlanItemStatus status) {
		this.title = title;
		this.ownerId = ownerId;
		this.dueDate = dueDate;
		this.cost = cost;
		this.effort = effort;
		this.status = status;
	}

	public UUID getId() {
		return id;
	}

	public UUID getRiskId() {
		return riskId;
	}

	public String getTitle() {
		return title;
	}

	public UUID getOwnerId() {
		return ownerId;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public BigDecimal getCost() {
		return cost;
	}

	public String getEffort() {
		return effort;
	}

	public PlanItemStatus getStatus() {
		return status;
	}

	public long getVersion() {
		return version;
	}
}
