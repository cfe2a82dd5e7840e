package dev.ordo.shared;

/**
 * A change was made on a version of a record that is no longer the current one: someone else changed it after the
 * caller read it, and writing now would silently undo their change (the lost update). Nothing was written. The API
 * answers 412 Precondition Failed to an outdated {@code If-Match}; a form is shown again with the caller's input.
 */
public class ChangedSinceRead extends RuntimeException {

	private final String record;

	private final long currentVersion;

	public ChangedSinceRead(String record, long currentVersion) {
		super("The " + record + " was changed by someone else after you read it; nothing of your change was saved. "
				+ "Read it again (version " + currentVersion + " now) and repeat your change.");
		this.record = record;
		this.currentVersion = currentVersion;
	}

	/** What was changed, e.g. "risk". */
	public String record() {
		return record;
	}

	public long currentVersion() {
		return currentVersion;
	}

	/** Refuses a change made on {@code expected} when the record is at {@code current}; no expectation, no check. */
	public static void check(String record, Long expected, long current) {
		if (expected != null && expected != current) {
			throw new ChangedSinceRead(record, current);
		}
	}
}
