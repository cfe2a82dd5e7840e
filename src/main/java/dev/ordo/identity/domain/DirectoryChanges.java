package dev.ordo.identity.domain;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Outdates every kept member directory ({@link MemberQueries}) when a membership or an account is written, whatever
 * wrote it: a JPA entity listener on {@link Membership} and {@link UserAccount}, so no write path (a service, the demo
 * organization, a test's fixture) can forget to. Such writes are rare next to the reads of every page, so one version
 * for all organizations is enough. It moves at the write and again when the transaction has ended, so a directory
 * read while the write was not yet committed is never served afterwards.
 */
public class DirectoryChanges {

	private static final AtomicLong VERSION = new AtomicLong();

	/** The version the kept directories must have been read under. */
	static long version() {
		return VERSION.get();
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Object entity) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					VERSION.incrementAndGet();
				}
			});
		}
		VERSION.incrementAndGet();
	}
}
