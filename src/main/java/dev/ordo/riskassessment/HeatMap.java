package dev.ordo.riskassessment;

import java.util.List;

/**
 * Counts of risks per matrix cell for one rating kind. {@code cells[l-1][c-1]} counts risks rated likelihood l and
 * consequence c; {@code levels} holds the matrix level of each cell, for colouring.
 */
public record HeatMap(RatingKind kind, List<RiskCriteriaView.ScaleLevel> likelihood,
		List<RiskCriteriaView.ScaleLevel> consequence, List<List<Long>> cells, List<List<Integer>> levels,
		long unrated) {
}
