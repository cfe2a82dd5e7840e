package dev.ordo.frameworks.application;

import java.util.List;
import java.util.Map;

import dev.ordo.frameworks.CatalogView.Origin;

/** A catalog read from an OSCAL document (a profile already resolved), before it is stored. */
public record ParsedCatalog(String title, String version, String oscalUuid, Origin origin, List<Control> controls) {

	/**
	 * A control or enhancement in document order.
	 *
	 * @param withdrawn OSCAL property {@code status=withdrawn}: kept for reference, not for selection
	 */
	public record Control(String id, String label, String title, String kind, String parentId, String groupId,
			String groupTitle, int depth, String statement, Map<String, List<String>> properties, boolean withdrawn) {
	}
}
