package dev.ordo.frameworks;

import java.time.Instant;

/**
 * A control catalog as other modules and the API see it.
 *
 * @param id the catalog's identifier: {@code iso27001-2022} for the built-in catalog, a UUID for imported ones
 * @param key a short name unique in the organization, accepted wherever the id is
 * @param origin where the catalog comes from
 * @param controlCount number of requirements and controls (including enhancements and withdrawn ones)
 * @param withdrawnCount how many of them the catalog marks withdrawn (kept for reference, not for selection)
 * @param importedAt when it was imported, {@code null} for the built-in catalog
 */
public record CatalogView(String id, String key, String title, String version, Origin origin, boolean readOnly,
		int controlCount, int withdrawnCount, String sourceName, Instant importedAt) {

	/** Where a catalog comes from. */
	public enum Origin {
		/** Shipped with Ordo, the same for every organization. */
		BUILT_IN,
		/** Imported from an OSCAL catalog. */
		OSCAL_CATALOG,
		/** Imported from an OSCAL profile, resolved against its catalog. */
		OSCAL_PROFILE
	}
}
