package dev.ordo.riskassessment.domain;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import dev.ordo.riskassessment.AssetChanged;
import dev.ordo.riskassessment.AssetRegistered;
import dev.ordo.riskassessment.AssetRemoved;
import dev.ordo.riskassessment.AssetsImported;
import dev.ordo.riskassessment.RiskChanged;
import dev.ordo.riskassessment.RiskCriteriaChanged;
import dev.ordo.riskassessment.RiskIdentified;
import dev.ordo.riskassessment.RiskRated;
import dev.ordo.riskassessment.RisksImported;
import dev.ordo.riskassessment.RisksMarkedForReassessment;
import dev.ordo.shared.AuditableEvent;

/**
 * Counts over an organization's whole register — the heat map's cells, a list's number of matches — kept from one
 * change of that register to the next. Each is an aggregate over up to every risk or asset of the organization: a few
 * milliseconds alone at 100,000 risks, but asked on every view and page, and under 64 readers of the register they
 * were most of the database's time (benchmark, docs/performance.md). Paging through a list or looking at the heat
 * map again does not change them.
 *
 * <p>Every change to risks or assets publishes an event anyway (the audit trail needs it). Each one outdates the
 * organization's counts of that register at once and again when its transaction has ended, and counts are kept with
 * the version they were read under, so a count that overlapped a change is never served afterwards. Changes made
 * outside this process (another instance on the same database, SQL by hand) show after
 * {@code ordo.risk-assessment.count-cache-ttl} at the latest. At most {@value #MAX_KEPT} counts are kept, the least
 * used go first.
 */
@Component
public class KeptCounts {

	/** What a count is taken over. */
	public enum Register {
		RISKS, ASSETS
	}

	static final int MAX_KEPT = 10_000;

	private record Key(UUID organizationId, Register register, Object what) {
	}

	private record Counted(long version, Object count) {
	}

	private record Versioned(UUID organizationId, Register register) {
	}

	private final Cache<Key, Counted> counted;

	private final Map<Versioned, AtomicLong> versions = new ConcurrentHashMap<>();

	@Autowired
	KeptCounts(@Value("${ordo.risk-assessment.count-cache-ttl:PT30S}") Duration ttl) {
		this(ttl, Ticker.systemTicker());
	}

	KeptCounts(Duration ttl, Ticker ticker) {
		this.counted = Caffeine.newBuilder().maximumSize(MAX_KEPT).expireAfterWrite(ttl).ticker(ticker).build();
	}

	/**
	 * The organization's count of {@code what} (any value with equality: a filter, a rating kind) over the register:
	 * the kept one if nothing changed since, else {@code count}'s, then kept.
	 */
	@SuppressWarnings("unchecked")
	public <T> T count(UUID organizationId, Register register, Object what, Supplier<T> count) {
		Key key = new Key(organizationId, register, what);
		long version = version(organizationId, register).get();
		Counted kept = counted.getIfPresent(key);
		if (kept != null && kept.version() == version) {
			return (T) kept.count();
		}
		T fresh = count.get();
		counted.put(key, new Counted(version, fresh));
		return fresh;
	}

	@EventListener({ RiskIdentified.class, RiskChanged.class, RiskRated.class, RisksImported.class,
			RisksMarkedForReassessment.class, RiskCriteriaChanged.class })
	void risksChanged(AuditableEvent event) {
		changed(event.organizationId(), Register.RISKS);
	}

	@EventListener({ AssetRegistered.class, AssetChanged.class, AssetRemoved.class, AssetsImported.class })
	void assetsChanged(AuditableEvent event) {
		changed(event.organizationId(), Register.ASSETS);
	}

	/**
	 * Outdates the organization's counts over the register, and again when the current transaction has ended
	 * (committed or not): a reader that counted between the two, before the commit was visible, cannot keep its
	 * counts. The events above call it; a write that publishes none (rows inserted with SQL) must call it itself.
	 */
	public void changed(UUID organizationId, Register register) {
		AtomicLong version = version(organizationId, register);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					version.incrementAndGet();
				}
			});
		}
		version.incrementAndGet();
	}

	private AtomicLong version(UUID organizationId, Register register) {
		return versions.computeIfAbsent(new Versioned(organizationId, register), v -> new AtomicLong());
	}
}
