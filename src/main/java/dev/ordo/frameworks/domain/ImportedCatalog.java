package dev.ordo.frameworks.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.frameworks.CatalogView;
import dev.ordo.frameworks.CatalogView.Origin;
import dev.ordo.platform.persistence.OrganizationOwned;

/** A catalog an organization imported; its controls are {@link CatalogControl}s. */
@Entity
@Table(name = "framework_catalog")
public class ImportedCatalog extends OrganizationOwned {

	@Id
	private UUID id;

	@Column(name = "catalog_key")
	private String key;

	private String title;

	private String version;

	@Enumerated(EnumType.STRING)
	private Origin origin;

	private String sourceName;

	private String oscalUuid;

	private int controlCount;

	private int withdrawnCount;

	private Instant importedAt;

	private UUID importedBy;

	protected ImportedCatalog() {
	}

	public ImportedCatalog(String key, String title, String version, Origin origin, String sourceName,
			String oscalUuid, int controlCount, int withdrawnCount, Instant importedAt, UUID importedBy) {
		this.id = UUID.randomUUID();
		this.key = key;
		this.title = title;
		this.version = version;
		this.origin = origin;
		this.sourceName = sourceName;
		this.oscalUuid = oscalUuid;
		this.controlCount = controlCount;
		this.withdrawnCount = withdrawnCount;
		this.importedAt = importedAt;
		this.importedBy = importedBy;
	}

	public CatalogView view() {
		return new CatalogView(id.toString(), key, title, version, origin, false, controlCount, withdrawnCount,
				sourceName, importedAt);
	}

	public UUID getId() {
		return id;
	}

	public String getKey() {
		return key;
	}

	public String getTitle() {
		return title;
	}
}
