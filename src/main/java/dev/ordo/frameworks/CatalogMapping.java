package dev.ordo.frameworks;

/**
 * A mapping seen from one catalog: {@code controlId} of that catalog and the control of another catalog it is mapped
 * to (ISO/IEC 27001:2022 6.1.3 c: comparing the necessary controls with Annex A and other control sets).
 *
 * @param relationship {@code related} or {@code partial}
 * @param direction {@code satisfied-by} when the other control is the mapping's source (it satisfies
 * {@code controlId}), {@code satisfies} when it is the target
 */
public record CatalogMapping(String controlId, String otherCatalogId, String otherControlId, String relationship,
		String direction) {
}
