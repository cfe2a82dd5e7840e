package dev.ordo.processes.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.platform.persistence.OrganizationOwned;
import dev.ordo.processes.TailoringChangeView.Status;
import dev.ordo.shared.Conflict;

/**
 * A proposed change of a process's tailoring. It is decided once: approved (then applied) or rejected, with who
 * decided, when and why, so the record can show an auditor how the ISMS came to be set up as it is.
 */
@Entity
@Table(name = "tailoring_change")
public class TailoringChange extends OrganizationOwned {

	@Id
	private UUID id;

	private String processKey;

	@Enumerated(EnumType.STRING)
	private Status status;

	private boolean applicable;

	private String justification;

	private UUID ownerId;

	private String deputyIds;

	private int targetLevel;

	private String notes;

	private String reason;

	private UUID proposedBy;

	private Instant proposedAt;

	private UUID decidedBy;

	private Instant decidedAt;

	private String decisionComment;

	private String workflowInstanceId;

	protected TailoringChange() {
	}

	public TailoringChange(String processKey, boolean applicable, String justification, UUID ownerId,
			List<UUID> deputies, int targetLevel, String notes, String reason, UUID proposedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.processKey = processKey;
		this.status = Status.PROPOSED;
		this.applicable = applicable;
		this.justification = justification;
		this.ownerId = ownerId;
		this.deputyIds = ProcessTailoring.join(deputies);
		this.targetLevel = targetLevel;
		this.notes = notes;
		this.reason = reason;
		this.proposedBy = proposedBy;
		this.proposedAt = now;
	}

	public void startedAs(String workflowInstanceId) {
		this.workflowInstanceId = workflowInstanceId;
	}

	public void approve(UUID approver, String comment, Instant now) {
		decide(Status.APPROVED, approver, comment, now);
	}

	public void reject(UUID approver, String comment, Instant now) {
		decide(Status.REJECTED, approver, comment, now);
	}

	private void decide(Status outcome, UUID approver, String comment, Instant now) {
		if (status != Status.PROPOSED) {
			throw new Conflict("The change was already " + status.name().toLowerCase());
		}
		this.status = outcome;
		this.decidedBy = approver;
		this.decidedAt = now;
		this.decisionComment = comment;
	}

	public UUID getId() {
		return id;
	}

	public String getProcessKey() {
		return processKey;
	}

	public Status getStatus() {
		return status;
	}

	public boolean isApplicable() {
		return applicable;
	}

	public String getJustification() {
		return justification;
	}

	public UUID getOwnerId() {
		return ownerId;
	}

	public List<UUID> deputies() {
		return ProcessTailoring.split(deputyIds);
	}

	public int getTargetLevel() {
		return targetLevel;
	}

	public String getNotes() {
		return notes;
	}

	public String getReason() {
		return reason;
	}

	public UUID getProposedBy() {
		return proposedBy;
	}

	public Instant getProposedAt() {
		return proposedAt;
	}

	public UUID getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionComment() {
		return decisionComment;
	}

	public String getWorkflowInstanceId() {
		return workflowInstanceId;
	}
}
