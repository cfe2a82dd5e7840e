package dev.ordo.riskassessment.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.platform.persistence.OrganizationOwned;

/** "The supporting asset supports the supported one", e.g. a server supports an application. */
@Entity
@Table(name = "asset_dependency")
public class AssetDependency extends OrganizationOwned {

	@Id
	private UUID id;

	private UUID supportingId;

	private UUID supportedId;

	protected AssetDependency() {
	}

	public AssetDependency(UUID supportingId, UUID supportedId) {
		this.id = UUID.randomUUID();
		this.supportingId = supportingId;
		this.supportedId = supportedId;
	}

	public UUID getId() {
		return id;
	}

	public UUID getSupportingId() {
		return supportingId;
	}

	public UUID getSupportedId() {
		return supportedId;
	}
}
