package dev.ordo.riskassessment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** A closed risk was reopened: it is back in the register, rated and reassessed like any other. */
public record RiskReopened(UUID organizationId, UUID riskId, String title, String reason, UUID actorId)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "risk";
	}

	@Override
	public String subjectId() {
		return riskId.toString();
	}

	@Override
	public String summary() {
		return "Risk \"" + title + "\" reopened: " + reason;
	}
}
