package dev.ordo.frameworks;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** An organization imported a control catalog (OSCAL catalog or resolved profile). */
public record CatalogImported(UUID organizationId, UUID catalogId, String title, int controlCount, UUID importedBy)
		implements AuditableEvent {

	@Override
	public UUID actorId() {
		return importedBy;
	}

	@Override
	public String subjectType() {
		return "catalog";
	}

	@Override
	public String subjectId() {
		return catalogId.toString();
	}

	@Override
	public String summary() {
		return "Catalog " + title + " imported with " + controlCount + " controls";
	}
}
