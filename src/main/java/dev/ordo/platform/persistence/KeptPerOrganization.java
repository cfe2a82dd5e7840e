package dev.ordo.platform.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Values read from an organization's data — a count over a register, the directory of its members — kept until that
 * data changes, for reads that are asked on every page but change rarely.
 *
 * <p>The owning module calls {@link #changed} for every change (from the events it publishes anyway). That outdates
 * the organization's values at once and again when the current transaction has ended, and a value is kept with the
 * version it was read under, so a value read while a change was under way, before its commit was visible, is never
 * served afterwards. Changes this process does not see (another instance on the same database, SQL by hand) show
 * after the time to live at the latest. Bounded in size (Caffeine; the least used go first).
 *
 * @param <K> what is kept per organization (a filter, a kind of rating, a constant)
 * @param <V> the value
 */
public final class KeptPerOrganization<K, V> {

	private record Key<K>(UUID organizationId, K what) {
	}

	private final Cache<Key<K>, ChangeCount.Counted<V>> kept;

	private final Map<UUID, ChangeCount> versions = new ConcurrentHashMap<>();

	public KeptPerOrganization(Duration timeToLive, long maxSize) {
		this(timeToLive, maxSize, Ticker.systemTicker());
	}

	/** With a ticker of one's own (tests). */
	public KeptPerOrganization(Duration timeToLive, long maxSize, Ticker ticker) {
		this.kept = Caffeine.newBuilder().maximumSize(maxSize).expireAfterWrite(timeToLive).ticker(ticker).build();
	}

	/**
	 * Bounded by the values' total weight instead of their number, for values whose size varies a lot (a list of
	 * ids): {@code weight} of a value, e.g. its length, and at most {@code maxWeight} in all.
	 */
	public KeptPerOrganization(Duration timeToLive, long maxWeight, ToIntFunction<V> weight) {
		this.kept = Caffeine.newBuilder().maximumWeight(maxWeight)
			.<Key<K>, ChangeCount.Counted<V>>weigher((key, value) -> Math.max(1, weight.applyAsInt(value.value())))
			.expireAfterWrite(timeToLive)
			.build();
	}

	/** The organization's value of {@code what}: the kept one if nothing changed since, else {@code read}'s, kept. */
	public V get(UUID organizationId, K what, Supplier<V> read) {
		return version(organizationId).get(kept, new Key<>(organizationId, what), read);
	}

	/** Outdates the organization's values now and again when the current transaction (if any) has ended. */
	public void changed(UUID organizationId) {
		version(organizationId).changed();
	}

	private ChangeCount version(UUID organizationId) {
		return versions.computeIfAbsent(organizationId, id -> new ChangeCount());
	}
}
