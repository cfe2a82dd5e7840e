package dev.ordo.implementation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.implementation.VerificationResult;
import dev.ordo.platform.persistence.OrganizationOwned;

/** One verification of an applied control, kept for its history. */
@Entity
@Table(name = "control_verification")
public class Verification extends OrganizationOwned {

	@Id
	private UUID id;

	private UUID appliedControlId;

	private LocalDate verifiedOn;

	private UUID verifiedBy;

	@Enumerated(EnumType.STRING)
	private VerificationResult outcome;

	private String notes;

	private Instant recordedAt;

	protected Verification() {
	}

	public Verification(UUID appliedControlId, LocalDate verifiedOn, UUID verifiedBy, VerificationResult outcome,
			String notes, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.appliedControlId = appliedControlId;
		this.verifiedOn = verifiedOn;
		this.verifiedBy = verifiedBy;
		this.outcome = outcome;
		this.notes = notes;
		this.recordedAt = recordedAt;
	}

	public UUID getId() {
		return id;
	}

	public UUID getAppliedControlId() {
		return appliedControlId;
	}

	public LocalDate getVerifiedOn() {
		return verifiedOn;
	}

	public UUID getVerifiedBy() {
		return verifiedBy;
	}

	public VerificationResult getOutcome() {
		return outcome;
	}

	public String getNotes() {
		return notes;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
