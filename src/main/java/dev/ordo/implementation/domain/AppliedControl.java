package dev.ordo.implementation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.ordo.implementation.ImplementationStatus;
import dev.ordo.implementation.VerificationResult;
import dev.ordo.platform.persistence.OrganizationOwned;

/**
 * An organization's implementation of one control of a catalog. The control's label and title are copied at
 * creation so that lists need no catalog look-up. {@code implementedOn} is the day it last went into operation.
 */
@Entity
@Table(name = "applied_control")
public class AppliedControl extends OrganizationOwned {

	@Id
	private UUID id;

	private String catalogId;

	private String controlId;

	private String controlLabel;

	private String controlTitle;

	@Enumerated(EnumType.STRING)
	private ImplementationStatus status;

	private String justification;

	private UUID ownerId;

	private LocalDate dueDate;

	private String notes;

	private LocalDate implementedOn;

	private LocalDate lastVerifiedOn;

	private UUID lastVerifiedBy;

	@Enumerated(EnumType.STRING)
	private VerificationResult lastVerificationResult;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected AppliedControl() {
	}

	public AppliedControl(String catalogId, String controlId, String controlLabel, String controlTitle, Instant now) {
		this.id = UUID.randomUUID();
		this.catalogId = catalogId;
		this.controlId = controlId;
		this.controlLabel = controlLabel;
		this.controlTitle = controlTitle;
		this.status = ImplementationStatus.PLANNED;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void change(ImplementationStatus status, String justification, UUID ownerId, LocalDate dueDate,
			String notes, LocalDate today, Instant now) {
		if (status.inOperation() && (!this.status.inOperation() || implementedOn == null)) {
			implementedOn = today;
		}
		if (!status.inOperation()) {
			implementedOn = null;
		}
		this.status = status;
		this.justification = status == ImplementationStatus.NOT_APPLICABLE ? justification : null;
		this.ownerId = ownerId;
		this.dueDate = dueDate;
		this.notes = notes;
		this.updatedAt = now;
	}

	/** Records a verification if it is the latest; an effective one makes an implemented control verified. */
	public void verified(LocalDate on, UUID by, VerificationResult result, LocalDate today, Instant now) {
		if (lastVerifiedOn == null || !on.isBefore(lastVerifiedOn)) {
			lastVerifiedOn = on;
			lastVerifiedBy = by;
			lastVerificationResult = result;
			if (result == VerificationResult.EFFECTIVE) {
				if (!status.inOperation()) {
					implementedOn = today;
				}
				status = ImplementationStatus.VERIFIED;
			}
			else if (status != ImplementationStatus.NOT_APPLICABLE) {
				status = ImplementationStatus.IN_PROGRESS;
				implementedOn = null;
			}
		}
		updatedAt = now;
	}

	public void touch(Instant now) {
		updatedAt = now;
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

	public String getControlLabel() {
		return controlLabel;
	}

	public String getControlTitle() {
		return controlTitle;
	}

	public ImplementationStatus getStatus() {
		return status;
	}

	public String getJustification() {
		return justification;
	}

	public UUID getOwnerId() {
		return ownerId;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public String getNotes() {
		return notes;
	}

	public LocalDate getImplementedOn() {
		return implementedOn;
	}

	public LocalDate getLastVerifiedOn() {
		return lastVerifiedOn;
	}

	public UUID getLastVerifiedBy() {
		return lastVerifiedBy;
	}

	public VerificationResult getLastVerificationResult() {
		return lastVerificationResult;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
