package dev.ordo.risktreatment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.ordo.platform.persistence.OrganizationOwned;
import dev.ordo.risktreatment.AcceptanceStatus;
import dev.ordo.shared.Conflict;

/**
 * One request to the risk owner to accept a risk's residual risk, and its outcome. An accepted one holds until
 * {@code expiresAt}; then it is marked expired and the same run requests a new one.
 */
@Entity
@Table(name = "risk_acceptance")
public class RiskAcceptance extends OrganizationOwned {

	@Id
	private UUID id;

	private UUID riskId;

	@Enumerated(EnumType.STRING)
	private AcceptanceStatus status;

	private UUID requestedBy;

	private Instant requestedAt;

	private UUID decidedBy;

	private Instant decidedAt;

	private String decisionComment;

	private Instant expiresAt;

	private String workflowInstanceId;

	private Integer residualLikelihood;

	private Integer residualConsequence;

	private Integer residualLevel;

	private String residualLevelName;

	private UUID withdrawnBy;

	private Instant withdrawnAt;

	private String withdrawalReason;

	@Version
	private long version;

	protected RiskAcceptance() {
	}

	public RiskAcceptance(UUID riskId, UUID requestedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.riskId = riskId;
		this.status = AcceptanceStatus.REQUESTED;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
	}

	/** The residual rating the owner is asked to accept, as it is now. */
	public void residual(int likelihood, int consequence, int level, String levelName) {
		this.residualLikelihood = likelihood;
		this.residualConsequence = consequence;
		this.residualLevel = level;
		this.residualLevelName = levelName;
	}

	/**
	 * Whether the owner was asked to accept this residual rating. One requested before ratings were kept with it
	 * (no snapshot) counts as the same, so that upgrading withdraws nothing.
	 */
	public boolean isAbout(int likelihood, int consequence, int level) {
		return residualLevel == null || (residualLikelihood == likelihood && residualConsequence == consequence
				&& residualLevel == level);
	}

	public void startedAs(String workflowInstanceId) {
		this.workflowInstanceId = workflowInstanceId;
	}

	/** The risk owner accepts; the acceptance holds for {@code validity}. */
	public void accept(UUID by, String comment, Instant now, Duration validity) {
		requireRequested();
		this.status = AcceptanceStatus.ACCEPTED;
		this.decidedBy = by;
		this.decidedAt = now;
		this.decisionComment = comment;
		this.expiresAt = now.plus(validity);
	}

	public void reject(UUID by, String comment, Instant now) {
		requireRequested();
		if (comment == null || comment.isBlank()) {
			throw new dev.ordo.shared.InvalidInput(java.util.Map.of("comment", "is required when rejecting"));
		}
		this.status = AcceptanceStatus.REJECTED;
		this.decidedBy = by;
		this.decidedAt = now;
		this.decisionComment = comment;
	}

	/**
	 * Marks an accepted acceptance as expired. The approval run's timer decides when (it is due at
	 * {@code expiresAt}), so the time is not checked again here.
	 */
	public void expire() {
		if (status != AcceptanceStatus.ACCEPTED) {
			throw new Conflict("Only an accepted risk acceptance can expire");
		}
		this.status = AcceptanceStatus.EXPIRED;
	}

	/** Whether it is still waiting for the owner or holds: what a change of its subject withdraws. */
	public boolean isOpen() {
		return status == AcceptanceStatus.REQUESTED || status == AcceptanceStatus.ACCEPTED;
	}

	/**
	 * What the owner was asked to accept changed; the request or acceptance no longer applies.
	 *
	 * @param by who made the change, {@code null} for the system
	 */
	public void withdraw(UUID by, String reason, Instant now) {
		if (!isOpen()) {
			throw new Conflict("The acceptance was already " + status.name().toLowerCase());
		}
		this.status = AcceptanceStatus.WITHDRAWN;
		this.withdrawnBy = by;
		this.withdrawnAt = now;
		this.withdrawalReason = reason;
	}

	/** Whether the acceptance holds at {@code now}. */
	public boolean isValidAt(Instant now) {
		return status == AcceptanceStatus.ACCEPTED && now.isBefore(expiresAt);
	}

	private void requireRequested() {
		if (status != AcceptanceStatus.REQUESTED) {
			throw new Conflict("The acceptance was already " + status.name().toLowerCase());
		}
	}

	public UUID getId() {
		return id;
	}

	public UUID getRiskId() {
		return riskId;
	}

	public AcceptanceStatus getStatus() {
		return status;
	}

	public UUID getRequestedBy() {
		return requestedBy;
	}

	public Instant getRequestedAt() {
		return requestedAt;
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

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public String getWorkflowInstanceId() {
		return workflowInstanceId;
	}

	public Integer getResidualLevel() {
		return residualLevel;
	}

	public String getResidualLevelName() {
		return residualLevelName;
	}

	public UUID getWithdrawnBy() {
		return withdrawnBy;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public String getWithdrawalReason() {
		return withdrawalReason;
	}
}
