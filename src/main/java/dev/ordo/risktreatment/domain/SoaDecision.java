package dev.ordo.risktreatment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.ordo.platform.persistence.OrganizationOwned;

/**
 * The explicit applicability decision for one control of a catalog (ISO/IEC 27001:2022 6.1.3 d): the latest one
 * counts; earlier ones are in the audit trail.
 */
@Entity
@Table(name = "soa_decision")
public class SoaDecision extends OrganizationOwned {

	@Id
	private UUID id;

	private String catalogId;

	private String controlId;

	private boolean applicable;

	private String justification;

	private UUID decidedBy;

	private Instant decidedAt;

	@Version
	private long version;

	protected SoaDecision() {
	}

	public SoaDecision(String catalogId, String controlId) {
		this.id = UUID.randomUUID();
		this.catalogId = catalogId;
		this.controlId = controlId;
	}

	public void decide(boolean applicable, String justification, UUID by, Instant now) {
		this.applicable = applicable;
		this.justification = justification;
		this.decidedBy = by;
		this.decidedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public String getCatalogId() {
		return catalogId;
	}

	public String getControlId() {
		return controlId;
	}

	public boolean isApplicable() {
		return applicable;
	}

	public String getJustification() {
		return justification;
	}

	public UUID getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}
}
