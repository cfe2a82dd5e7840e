package dev.ordo.risktreatment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.ordo.platform.persistence.OrganizationOwned;

/**
 * The organization's statement of the scope of its ISMS (ISO/IEC 27001:2022 4.3), one per organization: the
 * boundaries the Statement of Applicability applies to. The latest statement counts; earlier ones are in the audit
 * trail and in the versions of the Statement of Applicability that froze them.
 */
@Entity
@Table(name = "soa_scope")
public class ScopeStatement extends OrganizationOwned {

	/** The longest statement kept (the column's length). */
	public static final int MAX_LENGTH = 4000;

	@Id
	private UUID id;

	private String statement;

	private UUID updatedBy;

	private Instant updatedAt;

	@Version
	private long version;

	public ScopeStatement() {
		this.id = UUID.randomUUID();
	}

	public void state(String statement, UUID by, Instant now) {
		this.statement = statement;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public String getStatement() {
		return statement;
	}

	public UUID getUpdatedBy() {
		return updatedBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/**
	 * The version clients see, counted from 1 once stored (the column counts from 0), so that 0 stands for "not
	 * stated yet" and a first statement made on that is refused when someone else stated the scope meanwhile.
	 */
	public long getVersion() {
		return version + 1;
	}
}
