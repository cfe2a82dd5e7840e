package dev.ordo.riskassessment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/**
 * The organization's risk criteria changed; every existing rating was re-mapped onto the new scales by rule
 * ({@code remappedRatings} of them), and the risks re-prioritized. {@code reassessmentIntervalDays} is the planned
 * interval of risk assessment now in force (ISO/IEC 27001 8.2), {@code null} for the configured default.
 */
public record RiskCriteriaChanged(UUID organizationId, UUID criteriaId, int likelihoodLevels, int consequenceLevels,
		int riskLevels, int acceptanceThreshold, Integer reassessmentIntervalDays, int remappedRatings, String reason,
		UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "risk-criteria";
	}

	@Override
	public String subjectId() {
		return criteriaId.toString();
	}

	@Override
	public String summary() {
		return "Risk criteria changed to " + likelihoodLevels + "×" + consequenceLevels + " with " + riskLevels
				+ " risk levels, acceptance threshold " + acceptanceThreshold + ", reassessment interval "
				+ (reassessmentIntervalDays == null ? "the configured default" : reassessmentIntervalDays + " days")
				+ "; " + remappedRatings + " ratings re-mapped";
	}
}
