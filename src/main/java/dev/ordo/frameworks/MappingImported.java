package dev.ordo.frameworks;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** An organization imported mappings between the controls of two catalogs. */
public record MappingImported(UUID organizationId, String sourceCatalogId, String targetCatalogId, String sourceName,
		int mappings, UUID importedBy) implements AuditableEvent {

	@Override
	public UUID actorId() {
		return importedBy;
	}

	@Override
	public String subjectType() {
		return "catalog-mapping";
	}

	@Override
	public String subjectId() {
		return sourceCatalogId + ">" + targetCatalogId;
	}

	@Override
	public String summary() {
		return mappings + " mappings from catalog " + sourceCatalogId + " to " + targetCatalogId + " imported from "
				+ sourceName;
	}
}
