package dev.ordo.riskassessment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/**
 * The organization's risk criteria changed; every existing rating was re-mapped onto the new scales by rule
 * ({@code remappedRatings} of them), and the risks re-prioritized.
 */
public record RiskCriteriaChanged(UUID organizationId, UUID criteriaId, int likelihoodLevels, int consequenceLevels,
		int riskLevels, int acceptanceThreshold, int remappedRatings, String reason, UUID actorId)
		implements AuditableEvent {

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
				+ " risk levels, acceptance threshold " + acceptanceThreshold + "; " + remappedRatings
				+ " ratings re-mapped";
	}
}
