package dev.ordo.frameworks.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import dev.ordo.frameworks.CatalogView;
import dev.ordo.frameworks.CatalogView.Origin;
import dev.ordo.frameworks.ControlView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ISO/IEC 27001:2022 as Ordo ships it, read once from {@code catalog/iso27001-2022.json} (derived from the reference
 * facts by {@code tools/derive-iso27001-catalog.py}): clauses 4–10 as requirements, the four Annex A themes as
 * groups and the 93 Annex A controls with their ISO/IEC 27002:2022 attributes. Shared by every organization and
 * read-only, so it is not stored per organization.
 */
@Component
public class BuiltInCatalog {

	/** Id and key of the built-in catalog. */
	public static final String ID = "iso27001-2022";

	private final CatalogView view;

	private final Map<String, ControlView> controls = new LinkedHashMap<>();

	private final Map<String, List<String>> by2013 = new LinkedHashMap<>();

	private final Map<String, List<String>> attributeTypes = new LinkedHashMap<>();

	public BuiltInCatalog() {
		JsonNode root;
		try (InputStream in = new ClassPathResource("catalog/iso27001-2022.json").getInputStream()) {
			root = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the ISO/IEC 27001:2022 catalog", ex);
		}
		root.get("attributeTypes").properties().forEach(e -> attributeTypes.put(e.getKey(), strings(e.getValue())));
		Map<String, String> clauseTitles = new LinkedHashMap<>();
		root.get("requirements").forEach(r -> clauseTitles.put(r.get("id").asString(), r.get("title").asString()));
		root.get("requirements").forEach(r -> {
			String id = r.get("id").asString();
			String parent = r.get("parent").isNull() ? null : r.get("parent").asString();
			String top = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
			add(new ControlView(ID, id, id, r.get("title").asString(), "requirement", parent, top,
					top + " " + clauseTitles.get(top), id.split("\\.").length - 1, null, Map.of(), false));
		});
		Map<String, String> themes = new LinkedHashMap<>();
		root.get("themes").forEach(t -> themes.put(t.get("key").asString(),
				t.get("clause").asString() + " " + t.get("title").asString()));
		root.get("controls").forEach(c -> {
			Map<String, List<String>> attributes = new LinkedHashMap<>();
			attributes.put("theme", List.of(c.get("theme").asString()));
			c.get("attributes").properties().forEach(e -> attributes.put(e.getKey(), strings(e.getValue())));
			if (!c.get("iso27001_2013").isEmpty()) {
				attributes.put("iso27001_2013", strings(c.get("iso27001_2013")));
			}
			String id = c.get("id").asString();
			add(new ControlView(ID, id, id, c.get("title").asString(), "control", null, c.get("theme").asString(),
					themes.get(c.get("theme").asString()), 0, null, attributes, false));
			c.get("iso27001_2013").forEach(old -> by2013.computeIfAbsent(old.asString(), k -> new ArrayList<>()).add(id));
		});
		view = new CatalogView(ID, ID, root.get("title").asString(), root.get("version").asString(), Origin.BUILT_IN,
				true, controls.size(), 0, "Ordo (derived from public ISO/IEC 27001:2022 facts)", null);
	}

	private void add(ControlView control) {
		controls.put(control.id(), control);
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return List.copyOf(values);
	}

	public CatalogView view() {
		return view;
	}

	/** Requirements (clauses) first, then the Annex A controls, each in document order. */
	public List<ControlView> controls() {
		return List.copyOf(controls.values());
	}

	public Optional<ControlView> control(String id) {
		return Optional.ofNullable(controls.get(id));
	}

	/** The 93 Annex A controls. */
	public List<ControlView> annexA() {
		return controls.values().stream().filter(c -> c.kind().equals("control")).toList();
	}

	/** The attribute types of ISO/IEC 27002:2022 and their values. */
	public Map<String, List<String>> attributeTypes() {
		return attributeTypes;
	}

	/**
	 * Translates an ISO/IEC 27001:2013 identifier (as older mappings use) to this catalog: clauses 4–10 keep their
	 * numbers, an Annex A control of 2013 ({@code A.9.2.1}) becomes the 2022 controls that took it over.
	 */
	public List<String> from2013(String id2013) {
		if (id2013.startsWith("A.")) {
			return by2013.getOrDefault(id2013, List.of());
		}
		return controls.containsKey(id2013) ? List.of(id2013) : List.of();
	}
}
