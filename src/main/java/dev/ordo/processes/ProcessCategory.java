package dev.ordo.processes;

/** The three categories of the TS 27022 process reference model. */
public enum ProcessCategory {
	/** Links the ISMS to the organization's governance. */
	MANAGEMENT("Management process"),
	/** Achieve the ISMS's intended outcomes. */
	CORE("Core processes"),
	/** Support the other processes. */
	SUPPORT("Support processes");

	private final String label;

	ProcessCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
