package dev.ordo.riskassessment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/**
 * A risk was analysed and evaluated (ISO/IEC 27001 6.1.2 d, e): one of its ratings got a likelihood, a consequence and
 * the level the matrix gives them. Risk treatment takes risks whose level is above the acceptance threshold.
 */
public record RiskRated(UUID organizationId, UUID riskId, String title, RatingKind kind, int likelihood,
		int consequence, int level, String levelName, boolean acceptable, String reason, UUID actorId)
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
		return "Risk \"" + title + "\" rated (" + kind.name().toLowerCase() + "): likelihood " + likelihood
				+ ", consequence " + consequence + " → " + levelName + (acceptable ? " (acceptable)" : " (needs treatment)");
	}
}
