package dev.ordo.frameworks.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.frameworks.CatalogImportView;
import dev.ordo.frameworks.CatalogImportView.Status;
import dev.ordo.platform.persistence.OrganizationOwned;

/** One run of a catalog import, kept so the UI and API can poll it and see why it failed. */
@Entity
@Table(name = "catalog_import")
public class CatalogImport extends OrganizationOwned {

	@Id
	private UUID id;

	private String fileName;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String progress;

	private UUID catalogId;

	private String error;

	private UUID startedBy;

	private Instant startedAt;

	private Instant finishedAt;

	protected CatalogImport() {
	}

	public CatalogImport(String fileName, UUID startedBy, Instant startedAt) {
		this.id = UUID.randomUUID();
		this.fileName = fileName.length() > 300 ? fileName.substring(0, 300) : fileName;
		this.status = Status.QUEUED;
		this.progress = "Waiting to start";
		this.startedBy = startedBy;
		this.startedAt = startedAt;
	}

	public void running(String progress) {
		this.status = Status.RUNNING;
		this.progress = progress;
	}

	public void succeeded(UUID catalogId, String progress, Instant at) {
		this.status = Status.SUCCEEDED;
		this.catalogId = catalogId;
		this.progress = progress;
		this.finishedAt = at;
	}

	public void failed(String error, Instant at) {
		this.status = Status.FAILED;
		this.error = error.length() > 2000 ? error.substring(0, 2000) : error;
		this.progress = "Failed, nothing was imported";
		this.finishedAt = at;
	}

	public CatalogImportView view() {
		return new CatalogImportView(id, fileName, status, progress, catalogId == null ? null : catalogId.toString(),
				error, startedAt, finishedAt);
	}

	public UUID getId() {
		return id;
	}
}
