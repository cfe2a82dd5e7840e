package dev.ordo.riskassessment;

/** The three ratings a risk carries. */
public enum RatingKind {
	/** Without any control. */
	INHERENT,
	/** With the controls in place today. */
	CURRENT,
	/** Expected once the planned treatment is done. */
	RESIDUAL
}
