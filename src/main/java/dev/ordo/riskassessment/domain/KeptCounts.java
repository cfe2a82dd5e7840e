package dev.ordo.riskassessment.domain;

import java.time.Duration;
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

	private final KeptPerOrganization<Object, Object> risks;

	private final KeptPerOrganization<Object, Object> assets;

	KeptCounts(@Value("${ordo.risk-assessment.count-cache-ttl:PT30S}") Duration ttl) {
		this.risks = new KeptPerOrganization<>(ttl, MAX_KEPT);
		this.assets = new KeptPerOrganization<>(ttl, MAX_KEPT);
	}

	/**
	 * The organization's count of {@code what} (any value with equality: a filter, a rating kind) over the register:
	 * the kept one if nothing changed since, else {@code count}'s, then kept.
	 */
	@SuppressWarnings("unchecked")
	public <T> T count(UUID organizationId, Register register, Object what, Supplier<T> count) {
		return (T) kept(register).get(organizationId, what, count::get);
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

	/** Outdates the counts; the events above call it, a write that publishes none (SQL in a test) must itself. */
	public void changed(UUID organizationId, Register register) {
		kept(register).changed(organizationId);
	}

	private KeptPerOrganization<Object, Object> kept(Register register) {
		return register == Register.RISKS ? risks : assets;
	}
}
