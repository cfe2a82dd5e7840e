package dev.ordo.shared;

/**
 * Two people stored a record that exists once (per organization, or per risk) for the first time at the same moment:
 * both read that there was none yet, and the later insert was refused by the record's uniqueness. Nothing of the later
 * change was saved; it is a {@link Conflict} (409) for the API, and the form is shown again like one saved on an
 * outdated version ({@link ChangedSinceRead}), since the caller has not seen what the other person stored.
 */
public class SavedConcurrently extends Conflict {

	private final String record;

	public SavedConcurrently(String record) {
		super("Someone else saved the " + record + " for the first time at the same moment; nothing of your change "
				+ "was saved. Read it again and repeat your change.");
		this.record = record;
	}

	/** What was saved, e.g. "scope statement". */
	public String record() {
		return record;
	}
}
