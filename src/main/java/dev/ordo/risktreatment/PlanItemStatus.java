package dev.ordo.risktreatment;

/** Where a treatment plan item stands. */
public enum PlanItemStatus {
	PLANNED, IN_PROGRESS, DONE, CANCELLED;

	/** Whether work on the item is still to be done. */
	public boolean isOpen() {
		return this == PLANNED || this == IN_PROGRESS;
	}
}
