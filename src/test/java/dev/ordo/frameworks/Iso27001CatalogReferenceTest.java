package dev.ordo.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.ordo.frameworks.domain.BuiltInCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ordo's built-in ISO/IEC 27001:2022 catalog is derived from {@code ../shared/reference/iso27001_2022.json}; this
 * keeps the two in step. The reference is read in place, never copied.
 */
class Iso27001CatalogReferenceTest {

	private static final Path REFERENCE = Path.of("..", "shared", "reference", "iso27001_2022.json");

	private final BuiltInCatalog catalog = new BuiltInCatalog();

	@Test
	void theBuiltInCatalogHasClausesThemesAndTheNinetyThreeControls() {
		List<ControlView> annexA = catalog.annexA();
		assertThat(annexA).hasSize(93);
		Map<String, Long> byTheme = annexA.stream()
			.collect(Collectors.groupingBy(ControlView::groupId, LinkedHashMap::new, Collectors.counting()));
		assertThat(byTheme).containsExactly(Map.entry("organizational", 37L), Map.entry("people", 8L),
				Map.entry("physical", 14L), Map.entry("technological", 34L));
		assertThat(catalog.attributeTypes()).containsOnlyKeys("control_type", "information_security_properties",
				"cybersecurity_concepts", "operational_capabilities", "security_domains");
		annexA.forEach(c -> assertThat(c.attributes()).containsKeys("control_type", "information_security_properties",
				"cybersecurity_concepts", "operational_capabilities", "security_domains"));
		ControlView a51 = catalog.control("A.5.1").orElseThrow();
		assertThat(a51.title()).isEqualTo("Policies for information security");
		assertThat(a51.statement()).isNull();
		List<ControlView> requirements = catalog.controls().stream().filter(c -> c.kind().equals("requirement"))
			.toList();
		assertThat(requirements).extracting(ControlView::id).contains("4", "4.1", "6.1.3", "9.3.3", "10", "10.2");
		assertThat(requirements).extracting(ControlView::parentId).contains("6.1");
		assertThat(catalog.from2013("A.9.2.1")).contains("A.5.16");
		assertThat(catalog.from2013("7.5.1")).containsExactly("7.5.1");
		assertThat(catalog.from2013("A.99.1")).isEmpty();
	}

	@Test
	void theBuiltInCatalogAgreesWithTheReference() throws Exception {
		// Required, not assumed: without the reference this test would pass green having compared nothing.
		assertThat(REFERENCE).as("the reference facts (check out ../shared/reference beside the repository; CI always "
				+ "has them)").isRegularFile();
		JsonNode reference = JsonMapper.builder().build().readTree(REFERENCE.toFile());
		Map<String, String> referenceControls = new LinkedHashMap<>();
		reference.get("annexA").forEach(c -> referenceControls.put(c.get("ref").asString(),
				c.get("theme").asString() + "|" + c.get("title").asString() + "|" + c.get("attributes")));
		Map<String, String> ours = new LinkedHashMap<>();
		catalog.annexA().forEach(c -> {
			Map<String, List<String>> attributes = new LinkedHashMap<>(c.attributes());
			attributes.remove("theme");
			attributes.remove("iso27001_2013");
			ours.put(c.id(), c.groupId() + "|" + c.title() + "|" + JsonMapper.builder().build()
				.valueToTree(attributes));
		});
		assertThat(ours).isEqualTo(referenceControls);
		List<String> referenceClauses = new java.util.ArrayList<>();
		reference.get("clauses").forEach(c -> referenceClauses.add(c.get("id").asString() + " "
				+ c.get("name").asString()));
		assertThat(catalog.controls().stream().filter(c -> c.kind().equals("requirement"))
			.map(c -> c.id() + " " + c.title())).containsExactlyElementsOf(referenceClauses);
		assertThat(reference.get("themes").size()).isEqualTo(4);
	}
}
