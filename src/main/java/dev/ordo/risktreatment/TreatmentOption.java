package dev.ordo.risktreatment;

/** The risk treatment options of ISO/IEC 27005 and ISO 31000. */
public enum TreatmentOption {
	/** Reduce likelihood or consequence with controls (ISO/IEC 27005 "risk modification"). */
	MODIFY,
	/** Keep the risk as it is, by an informed decision. */
	RETAIN,
	/** Give up the activity that causes the risk. */
	AVOID,
	/** Share the risk with another party (insurance, supplier). */
	SHARE;

	/** Whether the option needs controls: only modifying a risk does. */
	public boolean needsControls() {
		return this == MODIFY;
	}
}
