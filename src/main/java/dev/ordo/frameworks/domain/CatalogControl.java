package dev.ordo.frameworks.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.frameworks.ControlView;
import dev.ordo.platform.persistence.OrganizationOwned;

/** One control (or enhancement) of an imported catalog, in document order. */
@Entity
@Table(name = "catalog_control")
public class CatalogControl extends OrganizationOwned {

	/**
	 * The longest statement kept (column {@code statement}); NIST SP 800-53's longest is far shorter, so a longer one
	 * is shortened with a note that says so rather than refused.
	 */
	public static final int MAX_STATEMENT = 100_000;

	@Id
	private UUID id;

	private UUID catalogId;

	private String controlId;

	private String label;

	private String title;

	private String kind;

	private String parentId;

	private String groupId;

	private String groupTitle;

	private int depth;

	private int sortOrder;

	private String statement;

	/** OSCAL properties as {@code name=value} lines. */
	private String properties;

	@Column(name = "search_text")
	private String searchText;

	/** Kept for reference only (OSCAL {@code status=withdrawn}); not listed in a Statement of Applicability. */
	private boolean withdrawn;

	protected CatalogControl() {
	}

	public CatalogControl(UUID catalogId, int sortOrder, String controlId, String label, String title, String kind,
			String parentId, String groupId, String groupTitle, int depth, String statement,
			Map<String, List<String>> properties, boolean withdrawn) {
		this.id = UUID.randomUUID();
		this.withdrawn = withdrawn;
		this.catalogId = catalogId;
		this.sortOrder = sortOrder;
		this.controlId = controlId;
		this.label = cut(label, 120);
		this.title = cut(title, 500);
		this.kind = kind;
		this.parentId = parentId;
		this.groupId = groupId;
		this.groupTitle = cut(groupTitle, 300);
		this.depth = depth;
		this.statement = statement == null || statement.length() <= MAX_STATEMENT ? statement
				: statement.substring(0, MAX_STATEMENT - 100) + "\n… (shortened: the statement has " + statement.length()
						+ " characters, Ordo keeps " + (MAX_STATEMENT - 100) + ")";
		StringBuilder props = new StringBuilder();
		properties.forEach((name, values) -> values.forEach(v -> props.append(name).append('=').append(v)
			.append('\n')));
		this.properties = props.isEmpty() ? null : cut(props.toString(), 2000);
		this.searchText = cut((controlId + " " + label + " " + title).toLowerCase(Locale.ROOT), 800);
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

	public ControlView view() {
		Map<String, List<String>> attributes = new LinkedHashMap<>();
		if (properties != null) {
			for (String line : properties.split("\n")) {
				int eq = line.indexOf('=');
				if (eq > 0) {
					attributes.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(line.substring(eq + 1));
				}
			}
		}
		return new ControlView(catalogId.toString(), controlId, label, title, kind, parentId, groupId, groupTitle,
				depth, statement, attributes, withdrawn);
	}

	public String getControlId() {
		return controlId;
	}

	public String getLabel() {
		return label;
	}
}
