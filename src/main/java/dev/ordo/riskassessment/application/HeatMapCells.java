package dev.ordo.riskassessment.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RiskCriteriaChanged;
import dev.ordo.riskassessment.RiskIdentified;
import dev.ordo.riskassessment.RiskRated;
import dev.ordo.riskassessment.RisksImported;
import dev.ordo.shared.AuditableEvent;

/**
 * The heat map's cell counts per organization and rating kind, kept from one change of the organization's ratings to
 * the next. Counting is one aggregate over every risk of the organization: about 8 ms alone at 100,000 risks, but
 * the register page and the heat map ask for it on every view, and under 64 readers it was half of the database's
 * time (benchmark, docs/performance.md).
 *
 * <p>Every change that moves a risk between cells publishes one of {@link RiskIdentified}, {@link RiskRated},
 * {@link RisksImported} or {@link RiskCriteriaChanged} (the audit trail needs them anyway). Each bumps the
 * organization's version at once and again when its transaction has ended, and counts are kept with the version they
 * were read under, so a count that overlapped a change is never served afterwards. Changes made outside this
 * process (another instance, SQL by hand) are seen after {@code ordo.risk-assessment.heat-map-cache-ttl} at the
 * latest.
 */
@Component
class HeatMapCells {

	private record Key(UUID organizationId, RatingKind kind) {
	}

	private record Counted(long version, long at, List<Object[]> cells) {
	}

	private final Map<Key, Counted> counted = new ConcurrentHashMap<>();

	private final Map<UUID, AtomicLong> versions = new ConcurrentHashMap<>();

	private final long ttlNanos;

	private final LongSupplier nanoTime;

	@Autowired
	HeatMapCells(@Value("${ordo.risk-assessment.heat-map-cache-ttl:PT30S}") Duration ttl) {
		this(ttl, System::nanoTime);
	}

	HeatMapCells(Duration ttl, LongSupplier nanoTime) {
		this.ttlNanos = ttl.toNanos();
		this.nanoTime = nanoTime;
	}

	/** The organization's cells for the kind: kept ones if nothing changed since, else {@code count}'s, then kept. */
	List<Object[]> cells(UUID organizationId, RatingKind kind, Supplier<List<Object[]>> count) {
		Key key = new Key(organizationId, kind);
		long version = version(organizationId).get();
		long now = nanoTime.getAsLong();
		Counted kept = counted.get(key);
		if (kept != null && kept.version() == version && now - kept.at() < ttlNanos) {
			return kept.cells();
		}
		List<Object[]> cells = List.copyOf(count.get());
		counted.put(key, new Counted(version, now, cells));
		return cells;
	}

	@EventListener({ RiskIdentified.class, RiskRated.class, RisksImported.class, RiskCriteriaChanged.class })
	void ratingsChanged(AuditableEvent event) {
		changed(event.organizationId());
	}

	/**
	 * Marks the organization's counts outdated, and again when the current transaction has ended (committed or not):
	 * a reader that counted between the two, before the commit was visible, cannot keep its counts.
	 */
	void changed(UUID organizationId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					version(organizationId).incrementAndGet();
				}
			});
		}
		version(organizationId).incrementAndGet();
	}

	private AtomicLong version(UUID organizationId) {
		return versions.computeIfAbsent(organizationId, id -> new AtomicLong());
	}
}
