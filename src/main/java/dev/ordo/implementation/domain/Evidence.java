package dev.ordo.implementation.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.platform.persistence.OrganizationOwned;

/** A link to evidence of an applied control. */
@Entity
@Table(name = "applied_control_evidence")
public class Evidence extends OrganizationOwned {

	@Id
	private UUID id;

	private UUID appliedControlId;

	private String url;

	private String description;

	private UUID addedBy;

	private Instant addedAt;

	protected Evidence() {
	}

	public Evidence(UUID appliedControlId, String url, String description, UUID addedBy, Instant addedAt) {
		this.id = UUID.randomUUID();
		this.appliedControlId = appliedControlId;
		this.url = url;
		this.description = description;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	public UUID getId() {
		return id;
	}

	public UUID getAppliedControlId() {
		return appliedControlId;
	}

	public String getUrl() {
		return url;
	}

	public String getDescription() {
		return description;
	}

	public UUID getAddedBy() {
		return addedBy;
	}

	public Instant getAddedAt() {
		return addedAt;
	}
}
