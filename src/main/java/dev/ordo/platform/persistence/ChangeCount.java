package dev.ordo.platform.persistence;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * A count of changes to some data, for values kept from it ({@link KeptPerOrganization}): a value is kept with the
 * count it was read under and served only while the count is the same. A change moves the count at once and again
 * when the transaction it happens in has ended, so a value read while the change was under way, before its commit
 * was visible, is never served afterwards.
 */
public final class ChangeCount {

	/** A value kept with the count it was read under. */
	public record Counted<V>(long count, V value) {
	}

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

	/** The value of {@code key}: the one kept in {@code cache} if nothing changed since, else {@code read}'s, kept. */
	public <K, V> V get(Cache<K, Counted<V>> cache, K key, Supplier<V> read) {
		long count = get();
		Counted<V> found = cache.getIfPresent(key);
		if (found != null && found.count() == count) {
			return found.value();
		}
		V fresh = read.get();
		cache.put(key, new Counted<>(count, fresh));
		return fresh;
	}
}
