package dev.ordo.riskassessment.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.ordo.platform.persistence.KeptPerOrganization;
import dev.ordo.riskassessment.AssetChanged;
import dev.ordo.riskassessment.AssetRegistered;
import dev.ordo.riskassessment.AssetRemoved;
import dev.ordo.riskassessment.AssetsImported;
import dev.ordo.riskassessment.RiskChanged;
import dev.ordo.riskassessment.RiskClosed;
import dev.ordo.riskassessment.RiskReopened;
import dev.ordo.riskassessment.RiskCriteriaChanged;
import dev.ordo.riskassessment.RiskIdentified;
import dev.ordo.riskassessment.RiskRated;
import dev.ordo.riskassessment.RisksImported;
import dev.ordo.riskassessment.RisksMarkedForReassessment;
import dev.ordo.shared.AuditableEvent;

/**
 * Counts over an organization's whole register — the heat map's cells, a list's number of matches — kept from one
 * change of that register to the next ({@link KeptPerOrganization}). Each is an aggregate over up to every risk or
 * asset of the organization: a few milliseconds alone at 100,000 risks, but asked on every view and page, and under
 * 64 readers of the register they were most of the database's time (benchmark, docs/performance.md). Paging through
 * a list or looking at the heat map again does not change them.
 *
 * <p>Kept the same way: the ordered ids of a search's matches ({@link Matches}, see
 * {@code ListQueries}). A text search reads all its matches from the trigram index and sorts them before it can
 * answer any page: after the counts were kept, that was half the database's time under the register load.
 *
 * <p>Every change to risks or assets publishes an event anyway (the audit trail needs it); each outdates the
 * organization's counts over that register. Changes made outside this process show after
 * {@code ordo.risk-assessment.count-cache-ttl} at the latest.
 */
@Component
public class KeptCounts {

	/** What a count is taken over. */
	public enum Register {
		RISKS, ASSETS
	}

	static final int MAX_KEPT = 10_000;

	/** Ids of matches kept per register, in all (16 bytes each: at most 16 MiB per register). */
	static final int MAX_KEPT_MATCHES = 1_000_000;

	private final KeptPerOrganization<Object, Object> risks;

	private final KeptPerOrganization<Object, Object> assets;

	private final KeptPerOrganization<Object, Matches> riskMatches;

	private final KeptPerOrganization<Object, Matches> assetMatches;

	KeptCounts(@Value("${ordo.risk-assessment.count-cache-ttl:PT30S}") Duration ttl) {
		this.risks = new KeptPerOrganization<>(ttl, MAX_KEPT);
		this.assets = new KeptPerOrganization<>(ttl, MAX_KEPT);
		this.riskMatches = new KeptPerOrganization<>(ttl, MAX_KEPT_MATCHES, Matches::size);
		this.assetMatches = new KeptPerOrganization<>(ttl, MAX_KEPT_MATCHES, Matches::size);
	}

	/**
	 * The ids of a list's matches in the list's order, or that there are too many to keep (then there are none and
	 * {@link #tooMany()} is true): the ids as pairs of longs, less than half the memory of a list of UUIDs.
	 */
	record Matches(long[] bits, boolean tooMany) {

		static final Matches TOO_MANY = new Matches(new long[0], true);

		static Matches of(List<UUID> ids) {
			long[] bits = new long[ids.size() * 2];
			for (int i = 0; i < ids.size(); i++) {
				bits[2 * i] = ids.get(i).getMostSignificantBits();
				bits[2 * i + 1] = ids.get(i).getLeastSignificantBits();
			}
			return new Matches(bits, false);
		}

		int size() {
			return bits.length / 2;
		}

		/** The ids from {@code offset}, at most {@code count}, in order. */
		List<UUID> ids(long offset, int count) {
			List<UUID> ids = new ArrayList<>();
			for (long i = offset; i < size() && ids.size() < count; i++) {
				ids.add(new UUID(bits[(int) (2 * i)], bits[(int) (2 * i + 1)]));
			}
			return ids;
		}
	}

	/**
	 * The organization's count of {@code what} (any value with equality: a filter, a rating kind) over the register:
	 * the kept one if nothing changed since, else {@code count}'s, then kept.
	 */
	@SuppressWarnings("unchecked")
	public <T> T count(UUID organizationId, Register register, Object what, Supplier<T> count) {
		return (T) kept(register).get(organizationId, what, count::get);
	}

	/** The organization's matches of {@code what} (a filter and an order): the kept ones if nothing changed since. */
	Matches matches(UUID organizationId, Register register, Object what, Supplier<Matches> read) {
		return (register == Register.RISKS ? riskMatches : assetMatches).get(organizationId, what, read);
	}

	@EventListener({ RiskIdentified.class, RiskChanged.class, RiskRated.class, RiskClosed.class, RiskReopened.class,
			RisksImported.class, RisksMarkedForReassessment.class, RiskCriteriaChanged.class })
	void risksChanged(AuditableEvent event) {
		changed(event.organizationId(), Register.RISKS);
	}

	@EventListener({ AssetRegistered.class, AssetChanged.class, AssetRemoved.class, AssetsImported.class })
	void assetsChanged(AuditableEvent event) {
		changed(event.organizationId(), Register.ASSETS);
	}

	/** Outdates the counts; the events above call it, a write that publishes none (SQL in a test) must itself. */
	public void changed(UUID organizationId, Register register) {
		kept(register).changed(organizationId);
		(register == Register.RISKS ? riskMatches : assetMatches).changed(organizationId);
	}

	private KeptPerOrganization<Object, Object> kept(Register register) {
		return register == Register.RISKS ? risks : assets;
	}
}
