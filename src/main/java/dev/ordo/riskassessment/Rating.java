package dev.ordo.riskassessment;

/** A rating: positions on the likelihood and consequence scales and the risk level the matrix gives them. */
public record Rating(RatingKind kind, int likelihood, String likelihoodName, int consequence, String consequenceName,
		int level, String levelName, boolean acceptable) {
}
