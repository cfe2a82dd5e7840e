package dev.ordo.riskassessment;

import java.time.Instant;
import java.util.List;

/**
 * The organization's risk criteria (ISO/IEC 27005, ISO 31000): likelihood and consequence scales, consequence
 * categories, risk levels, the matrix that gives a level for each likelihood and consequence (rows = likelihood 1..n,
 * columns = consequence 1..m, values = risk level 1..k), the highest level that is accepted without treatment, and
 * the planned interval of risk assessment (ISO/IEC 27001 8.2): {@code reassessmentIntervalDays} the organization's
 * own, {@code null} while the configured default ({@code defaultReassessmentIntervalDays}) applies. {@code version}
 * counts the changes, 0 while Ordo's defaults apply: a change made on an older version is refused rather than undoing
 * another ISMS manager's (API {@code ETag} and {@code If-Match}).
 */
public record RiskCriteriaView(List<ScaleLevel> likelihood, List<ScaleLevel> consequence, List<ScaleLevel> riskLevels,
		List<String> consequenceCategories, List<List<Integer>> matrix, int acceptanceThreshold,
		Integer reassessmentIntervalDays, long defaultReassessmentIntervalDays, boolean defaults, Instant changedAt,
		long version) {

	/** One step of a scale, 1-based. */
	public record ScaleLevel(int value, String name, String description) {
	}
}
