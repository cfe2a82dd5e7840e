package dev.ordo.implementation;

/** How far an organization has implemented a control. */
public enum ImplementationStatus {
	PLANNED("Planned"), IN_PROGRESS("In progress"), IMPLEMENTED("Implemented"), VERIFIED("Verified"),
	NOT_APPLICABLE("Not applicable");

	private final String label;

	ImplementationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Planned or in progress: work with a due date. */
	public boolean open() {
		return this == PLANNED || this == IN_PROGRESS;
	}

	/** Implemented or verified: in operation, to be verified regularly. */
	public boolean inOperation() {
		return this == IMPLEMENTED || this == VERIFIED;
	}
}
