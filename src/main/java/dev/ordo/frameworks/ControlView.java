package dev.ordo.frameworks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One requirement or control of a catalog.
 *
 * @param catalogId the catalog it belongs to
 * @param id its identifier in the catalog (OSCAL control id such as {@code ac-2.1}; {@code 4.1} or {@code A.5.1} in
 * ISO/IEC 27001:2022)
 * @param label the label people use ({@code AC-2(1)}, {@code A.5.1})
 * @param kind {@code requirement} (a management-system clause), {@code control} or {@code enhancement}
 * @param parentId the enclosing control or clause, {@code null} at the top
 * @param groupId the group (OSCAL group, ISO theme) it belongs to
 * @param depth 0 for top-level controls, 1 for their enhancements, …
 * @param statement the statement as plain text, when the catalog provides one (never for ISO/IEC 27001): one line
 * per item with its label ({@code a.}, {@code 1.}, {@code (a)}), indented two spaces per level, OSCAL parameters
 * filled in as NIST prints them (a profile's value, {@code [Selection: …]}, {@code [Assignment: …]})
 * @param attributes attribute type to values (ISO/IEC 27002 attributes, OSCAL properties; a withdrawn OSCAL control
 * names the controls that took it over under {@code incorporated-into} or {@code moved-to})
 * @param withdrawn the catalog keeps the control for reference only (OSCAL property {@code status=withdrawn}, as
 * NIST SP 800-53 rev5 marks 182 of its controls): it is shown, but not listed in a Statement of Applicability and
 * not selectable to treat a risk (ISO/IEC 27001:2022 6.1.3 b)
 */
public record ControlView(String catalogId, String id, String label, String title, String kind, String parentId,
		String groupId, String groupTitle, int depth, String statement, Map<String, List<String>> attributes,
		boolean withdrawn) {

	/**
	 * Why the control may not be selected, for the user ("AC-2(10) is withdrawn from its catalog (incorporated into
	 * ac-2); select a current control instead"); {@code null} when it may.
	 */
	public String withdrawnReason() {
		if (!withdrawn) {
			return null;
		}
		List<String> into = new ArrayList<>(attributes.getOrDefault("incorporated-into", List.of()));
		into.addAll(attributes.getOrDefault("moved-to", List.of()));
		return label + " is withdrawn from its catalog" + (into.isEmpty() ? "" : " (now " + String.join(", ", into)
				+ ")") + "; select a current control instead";
	}
}
