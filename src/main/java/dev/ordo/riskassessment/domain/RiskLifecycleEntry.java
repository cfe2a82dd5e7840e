package dev.ordo.riskassessment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.platform.persistence.OrganizationOwned;

/** One closure or reopening of a risk; written once and never changed, so the history outlives the state. */
@Entity
@Table(name = "risk_lifecycle_entry")
public class RiskLifecycleEntry extends OrganizationOwned {

	public static final String CLOSED = "CLOSED";

	public static final String REOPENED = "REOPENED";

	@Id
	private UUID id;

	private UUID riskId;

	private String action;

	private String reason;

	private UUID actedBy;

	private Instant actedAt;

	protected RiskLifecycleEntry() {
	}

	public RiskLifecycleEntry(UUID riskId, String action, String reason, UUID actedBy, Instant actedAt) {
		this.id = UUID.randomUUID();
		this.riskId = riskId;
		this.action = action;
		this.reason = reason;
		this.actedBy = actedBy;
		this.actedAt = actedAt;
	}

	public String getAction() {
		return action;
	}

	public String getReason() {
		return reason;
	}

	public UUID getActedBy() {
		return actedBy;
	}

	public Instant getActedAt() {
		return actedAt;
	}
}
