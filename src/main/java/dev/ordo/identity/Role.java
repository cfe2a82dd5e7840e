package dev.ordo.identity;

/**
 * Roles a person holds in one organization (ISO/IEC 27001 5.3).
 */
public enum Role {
	/** Runs the ISMS day to day; proposes changes to how it is set up. */
	ISMS_MANAGER("ISMS manager"),
	/** Top management (ISO/IEC 27001 5.1): approves decisions that shape the ISMS. */
	TOP_MANAGEMENT("Top management"),
	/** Owns one or more processes. */
	PROCESS_OWNER("Process owner"),
	/** Contributes records (reports incidents, completes tasks). */
	CONTRIBUTOR("Contributor"),
	/** Reads everything in the organization, changes nothing. */
	AUDITOR("Auditor"),
	/** Reads the organization's ISMS. */
	VIEWER("Viewer");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
