package dev.ordo.riskassessment;

/** The two ways of identifying risks of ISO/IEC 27005. */
public enum RiskKind {
	/** Operational view: an asset, a threat to it and a vulnerability the threat could exploit. */
	ASSET_BASED,
	/** Strategic view: a scenario of events and their consequences, without listing assets. */
	EVENT_BASED
}
