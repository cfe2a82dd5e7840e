package dev.ordo.identity.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import dev.ordo.platform.persistence.ChangeCount;

/**
 * Outdates every kept member directory ({@link MemberQueries}) when a membership or an account is written, whatever
 * wrote it: a JPA entity listener on {@link Membership} and {@link UserAccount}, so no write path (a service, the demo
 * organization, a test's fixture) can forget to. Such writes are rare next to the reads of every page, so one count
 * for all organizations is enough ({@link ChangeCount}: it moves at the write and again when the transaction has
 * ended).
 */
public class DirectoryChanges {

	private static final ChangeCount VERSION = new ChangeCount();

	/** The count the kept directories are read and served under. */
	static ChangeCount count() {
		return VERSION;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Object entity) {
		VERSION.changed();
	}
}
