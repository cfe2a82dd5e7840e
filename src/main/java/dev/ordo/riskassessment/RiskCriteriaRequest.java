package dev.ordo.riskassessment;

import java.util.List;

/**
 * New risk criteria; existing risks are re-mapped onto them by rule. What is left out ({@code null}) is kept.
 * {@code reassessmentIntervalDays} is the organization's planned interval of risk assessment (ISO/IEC 27001 8.2), 1 to
 * 3650 days; {@code useDefaultReassessmentInterval} {@code true} goes back to the configured default instead (a
 * {@code null} interval cannot say that, since it means "keep").
 */
public record RiskCriteriaRequest(List<Level> likelihood, List<Level> consequence, List<Level> riskLevels,
		List<String> consequenceCategories, List<List<Integer>> matrix, Integer acceptanceThreshold,
		Integer reassessmentIntervalDays, Boolean useDefaultReassessmentInterval, String reason) {

	/** A step of a scale, in order from lowest to highest. */
	public record Level(String name, String description) {
	}
}
