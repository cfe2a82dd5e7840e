package dev.ordo.riskassessment;

/**
 * How a risk assessment run (TS 27022 7.4) came about: what produced a risk or a rating (ISO/IEC 27001:2022 6.1.2,
 * 8.2, and 7.5.3 for the lineage of the documented result).
 */
public enum RiskAssessmentRunKind {

	/** A person identified or rated a risk on the register page or through the API. */
	REGISTER_ENTRY("Register entry"),

	/** A file of risks imported at once. */
	IMPORT("Import"),

	/** The periodic reassessment at planned intervals (ISO/IEC 27001 8.2). */
	PERIODIC_REASSESSMENT("Periodic reassessment"),

	/** A reassessment a change, an incident or a requirement asked for. */
	TRIGGERED_REASSESSMENT("Triggered reassessment"),

	/** Ratings re-mapped by rule after the risk criteria changed. */
	CRITERIA_REMAPPING("Re-mapping after a change of risk criteria"),

	/** Risks and ratings recorded before Ordo kept runs: their origin was not recorded. */
	RECORDED_BEFORE_LINEAGE("Recorded before runs were kept");

	private final String label;

	RiskAssessmentRunKind(String label) {
		this.label = label;
	}

	/** How pages name the kind. */
	public String label() {
		return label;
	}
}
