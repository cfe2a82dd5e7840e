package dev.ordo.riskassessment;

/** The security properties an asset's protection needs are stated for. */
public enum ProtectionGoal {
	CONFIDENTIALITY, INTEGRITY, AVAILABILITY, AUTHENTICITY;

	/** Protection-need levels: 1 normal, 2 elevated, 3 high, 4 very high. */
	public static final int MIN_LEVEL = 1;

	public static final int MAX_LEVEL = 4;

	public static String levelName(int level) {
		return switch (level) {
			case 1 -> "normal";
			case 2 -> "elevated";
			case 3 -> "high";
			case 4 -> "very high";
			default -> "—";
		};
	}
}
