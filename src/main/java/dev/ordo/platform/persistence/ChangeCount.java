package dev.ordo.platform.persistence;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A count of changes to some data, for values kept from it ({@link KeptPerOrganization}): a value is kept with the
 * count it was read under and served only while the count is the same. A change moves the count at once and again
 * when the transaction it happens in has ended, so a value read while the change was under way, before its commit
 * was visible, is never served afterwards.
 */
public final class ChangeCount {

	private final AtomicLong value = new AtomicLong();

	/** The current count. */
	public long get() {
		return value.get();
	}

	/** Counts a change: now, and again when the current transaction (if any) has ended. */
	public void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					value.incrementAndGet();
				}
			});
		}
		value.incrementAndGet();
	}
}
