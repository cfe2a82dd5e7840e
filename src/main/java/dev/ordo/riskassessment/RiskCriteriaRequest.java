package dev.ordo.riskassessment;

import java.util.List;

/** New risk criteria; existing risks are re-mapped onto them by rule. */
public record RiskCriteriaRequest(List<Level> likelihood, List<Level> consequence, List<Level> riskLevels,
		List<String> consequenceCategories, List<List<Integer>> matrix, Integer acceptanceThreshold, String reason) {

	/** A step of a scale, in order from lowest to highest. */
	public record Level(String name, String description) {
	}
}
