package dev.ordo.riskassessment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/**
 * A risk was closed (retired from the register, ISO/IEC 27001 6.1.2/8.2), e.g. because its asset was decommissioned
 * or its scenario no longer applies. Treatment withdraws a pending acceptance of it.
 */
public record RiskClosed(UUID organizationId, UUID riskId, String title, String reason, UUID actorId)
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
		return "Risk \"" + title + "\" closed: " + reason;
	}
}
