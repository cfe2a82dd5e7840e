package dev.ordo.frameworks.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ordo.frameworks.CatalogView.Origin;
import dev.ordo.frameworks.OscalSamples;

/** Reading OSCAL with liboscal-java: the three formats, the NIST catalog and baselines, and refused files. */
class OscalReaderTest {

	private final OscalReader reader = new OscalReader();

	@TempDir
	Path dir;

	@Test
	void readsCatalogsInJsonXmlAndYaml() throws Exception {
		ParsedCatalog json = reader.read(write("c.json", OscalSamples.jsonCatalog("Json catalog", "x-1")), null);
		assertThat(json.title()).isEqualTo("Json catalog");
		assertThat(json.origin()).isEqualTo(Origin.OSCAL_CATALOG);
		assertThat(json.controls()).extracting(ParsedCatalog.Control::id).containsExactly("ac-1", "ac-1.1", "x-1");
		ParsedCatalog.Control ac1 = json.controls().get(0);
		assertThat(ac1.label()).isEqualTo("AC-1");
		assertThat(ac1.groupTitle()).isEqualTo("Access Control");
		assertThat(ac1.statement()).isEqualTo("Write down the rules.");
		ParsedCatalog.Control enhancement = json.controls().get(1);
		assertThat(enhancement.kind()).isEqualTo("enhancement");
		assertThat(enhancement.parentId()).isEqualTo("ac-1");
		assertThat(enhancement.depth()).isEqualTo(1);

		ParsedCatalog xml = reader.read(write("c.xml", OscalSamples.xmlCatalog("Xml catalog")), null);
		assertThat(xml.version()).isEqualTo("2");
		assertThat(xml.controls()).extracting(ParsedCatalog.Control::id).containsExactly("pe-1", "pe-1.1", "pe-2");

		ParsedCatalog yaml = reader.read(write("c.yaml", OscalSamples.yamlCatalog("Yaml catalog")), null);
		assertThat(yaml.controls()).extracting(ParsedCatalog.Control::id).containsExactly("yc-1", "yc-2");
	}

	@Test
	void readsTheSp80053CatalogAndResolvesTheBaselines() throws Exception {
		OscalSamples.requireFixtures();
		ParsedCatalog catalog = reader.read(OscalSamples.CATALOG, null);
		// 20 families, 1,189 controls and enhancements (withdrawn ones included, marked by their status).
		assertThat(catalog.controls()).hasSize(1189);
		assertThat(catalog.controls().stream().map(ParsedCatalog.Control::groupId).distinct()).hasSize(20);
		ParsedCatalog.Control ac21 = catalog.controls().stream().filter(c -> c.id().equals("ac-2.1")).findFirst()
			.orElseThrow();
		assertThat(ac21.label()).isEqualTo("AC-2(1)");
		assertThat(ac21.parentId()).isEqualTo("ac-2");
		assertThat(ac21.withdrawn()).isFalse();
		assertThat(catalog.controls().stream().filter(ParsedCatalog.Control::withdrawn)).hasSize(182)
			.allSatisfy(c -> assertThat(c.properties().get("status")).containsExactly("withdrawn"));
		ParsedCatalog.Control ac210 = catalog.controls().stream().filter(c -> c.id().equals("ac-2.10")).findFirst()
			.orElseThrow();
		assertThat(ac210.withdrawn()).isTrue();
		assertThat(ac210.properties().get("incorporated-into")).containsExactly("AC-2");

		// Counting every control of the resolved catalog, enhancements included, as the baselines select them.
		assertThat(reader.read(OscalSamples.profile("LOW", "json"), OscalSamples.CATALOG).controls()).hasSize(149);
		assertThat(reader.read(OscalSamples.profile("MODERATE", "json"), OscalSamples.CATALOG).controls())
			.hasSize(287);
		ParsedCatalog high = reader.read(OscalSamples.profile("HIGH", "json"), OscalSamples.CATALOG);
		assertThat(high.controls()).hasSize(370);
		assertThat(high.origin()).isEqualTo(Origin.OSCAL_PROFILE);
		assertThat(reader.read(OscalSamples.profile("LOW", "xml"), OscalSamples.CATALOG).controls()).hasSize(149);
	}

	@Test
	void statementsKeepItemLabelsAndLinesAndFillInParametersAsNistPrintsThem() throws Exception {
		OscalSamples.requireFixtures();
		ParsedCatalog catalog = reader.read(OscalSamples.CATALOG, null);
		ParsedCatalog.Control ac1 = catalog.controls().stream().filter(c -> c.id().equals("ac-1")).findFirst()
			.orElseThrow();
		assertThat(ac1.statement()).isEqualTo("""
				a. Develop, document, and disseminate to [Assignment: organization-defined personnel or roles]:
				  1. [Selection (one or more): Organization-level; Mission/business process-level; System-level] \
				access control policy that:
				    (a) Addresses purpose, scope, roles, responsibilities, management commitment, coordination among \
				organizational entities, and compliance; and
				    (b) Is consistent with applicable laws, executive orders, directives, regulations, policies, \
				standards, and guidelines; and
				  2. Procedures to facilitate the implementation of the access control policy and the associated access \
				controls;
				b. Designate an [Assignment: organization-defined official] to manage the development, documentation, \
				and dissemination of the access control policy and procedures; and
				c. Review and update the current access control:
				  1. Policy [Assignment: organization-defined frequency] and following [Assignment: organization-defined \
				events]; and
				  2. Procedures [Assignment: organization-defined frequency] and following [Assignment: \
				organization-defined events].""");
		// No placeholder is left anywhere (NIST's catalog has about 1,258).
		assertThat(catalog.controls()).extracting(ParsedCatalog.Control::statement).filteredOn(t -> t != null)
			.noneMatch(t -> t.contains("{{") || t.contains("insert: param"));
	}

	@Test
	void aProfilesSetParametersAreTheValuesItsStatementsShow() throws Exception {
		Path catalog = write("params.json", """
				{"catalog": {"uuid": "%s",
				  "metadata": {"title": "Params", "last-modified": "2024-01-01T00:00:00Z", "version": "1",
				    "oscal-version": "1.1.2"},
				  "controls": [{"id": "pa-1", "title": "Parameters",
				    "params": [{"id": "pa-1_prm_1", "label": "organization-defined frequency"},
				      {"id": "pa-1_prm_2", "select": {"choice": ["quarterly", "{{ insert: param, pa-1_prm_1 }}"]}}],
				    "parts": [{"id": "pa-1_smt", "name": "statement",
				      "prose": "Review {{ insert: param, pa-1_prm_1 }}, report {{ insert: param, pa-1_prm_2 }}."}]}]}}
				""".formatted(java.util.UUID.randomUUID()));
		assertThat(reader.read(catalog, null).controls().get(0).statement()).isEqualTo(
				"Review [Assignment: organization-defined frequency], report [Selection: quarterly; "
						+ "[Assignment: organization-defined frequency]].");
		Path profile = write("profile.json", """
				{"profile": {"uuid": "%s",
				  "metadata": {"title": "Tailored", "last-modified": "2024-01-01T00:00:00Z", "version": "1",
				    "oscal-version": "1.1.2"},
				  "imports": [{"href": "params.json", "include-all": {}}], "merge": {"as-is": true},
				  "modify": {"set-parameters": [{"param-id": "pa-1_prm_1", "values": ["every month"]}]}}}
				""".formatted(java.util.UUID.randomUUID()));
		assertThat(reader.read(profile, catalog).controls().get(0).statement())
			.isEqualTo("Review every month, report [Selection: quarterly; every month].");
	}

	@Test
	void refusesWhatItCannotImport() throws Exception {
		assertThatThrownBy(() -> reader.read(write("x.json", "{\"hello\": \"world\"}"), null))
			.isInstanceOf(OscalImportException.class).hasMessageContaining("not an OSCAL document");
		assertThatThrownBy(() -> reader.read(write("x.txt", "just text"), null))
			.isInstanceOf(OscalImportException.class);
		assertThatThrownBy(() -> reader.read(write("no-title.json",
				"{\"catalog\": {\"uuid\": \"" + java.util.UUID.randomUUID() + "\", \"metadata\": {}, "
						+ "\"controls\": [{\"id\": \"a-1\", \"title\": \"A\"}]}}"),
				null))
			.isInstanceOf(OscalImportException.class).hasMessageContaining("title");
		// Readable, but not what the OSCAL JSON schema allows: refused with the schema's own words.
		String badUuid = OscalSamples.jsonCatalog("Bad uuid", "x-1").replaceFirst("\"uuid\": \"[^\"]+\"",
				"\"uuid\": \"not-a-uuid\"");
		assertThatThrownBy(() -> reader.read(write("bad-uuid.json", badUuid), null))
			.isInstanceOf(OscalImportException.class).hasMessageContaining("OSCAL JSON schema")
			.hasMessageContaining("#/catalog/uuid");
		String badXml = OscalSamples.xmlCatalog("Bad uuid").replaceFirst("uuid=\"[^\"]+\"", "uuid=\"not-a-uuid\"");
		assertThatThrownBy(() -> reader.read(write("bad-uuid.xml", badXml), null))
			.isInstanceOf(OscalImportException.class).hasMessageContaining("OSCAL XML schema")
			.hasMessageContaining("not-a-uuid");
		assertThatThrownBy(() -> reader.read(write("twice.json", OscalSamples.jsonCatalog("Twice", "ac-1")), null))
			.isInstanceOf(OscalImportException.class).hasMessageContaining("occurs twice");
		OscalSamples.requireFixtures();
		assertThatThrownBy(() -> reader.read(OscalSamples.profile("LOW", "json"), null))
			.isInstanceOf(OscalImportException.class).hasMessageContaining("catalogFile");
		Path notACatalog = write("other.json", "{\"hello\": 1}");
		assertThatThrownBy(() -> reader.read(OscalSamples.profile("LOW", "json"), notACatalog))
			.isInstanceOf(OscalImportException.class);
	}

	@Test
	void yamlIsCheckedAgainstTheOscalJsonSchemaWithItsPointers() throws Exception {
		String valid = OscalSamples.yamlCatalog("Yaml checked");
		String noTitle = valid.replace("    title: Second\n", "");
		assertThat(noTitle).isNotEqualTo(valid);
		assertThatThrownBy(() -> reader.read(write("no-title.yaml", noTitle), null))
			.isInstanceOf(OscalImportException.class).hasMessageContaining("OSCAL JSON schema")
			.hasMessageContaining("YAML").hasMessageContaining("#/catalog/controls/1")
			.hasMessageContaining("required key [title] not found");
		String badId = valid.replace("- id: yc-1", "- id: 1 not a token");
		assertThatThrownBy(() -> reader.read(write("bad-id.yaml", badId), null))
			.isInstanceOf(OscalImportException.class).hasMessageContaining("#/catalog/controls/0/id")
			.hasMessageContaining("1 not a token");
		// Several violations: the first three are quoted, the rest counted.
		String many = valid.replaceFirst("uuid: \\S+", "uuid: not-a-uuid").replace("- id: yc-1", "- id: 1 bad")
			.replace("- id: yc-2", "- id: 2 bad").replace("    title: Second\n", "");
		assertThatThrownBy(() -> reader.read(write("many.yaml", many), null))
			.isInstanceOf(OscalImportException.class).hasMessageContaining("#/catalog/uuid")
			.hasMessageMatching("(?s).*\\(and \\d+ more\\)$");
		// A plain scalar that YAML reads as a number is one to the schema too, as it would be in JSON.
		String numericVersion = valid.replace("version: \"3\"", "version: 3.0");
		assertThatThrownBy(() -> reader.read(write("number.yaml", numericVersion), null))
			.isInstanceOf(OscalImportException.class).hasMessageContaining("#/catalog/metadata/version")
			.hasMessageContaining("quote a value that must be text");
		assertThatThrownBy(() -> reader.read(write("list.yaml", "- just\n- a list\n"), null))
			.isInstanceOf(OscalImportException.class).hasMessageContaining("not an OSCAL document");
		// The valid one still reads, dates and versions that look like numbers (1.1.2) staying text.
		assertThat(reader.read(write("valid.yaml", valid), null).controls()).hasSize(2);
		// NIST's YAML example of another model passes the root check and is refused as what it is.
		OscalSamples.requireFixtures();
		assertThatThrownBy(() -> reader.read(OscalSamples.SSP_EXAMPLE, null)).isInstanceOf(OscalImportException.class)
			.hasMessageContaining("not a catalog or profile");
	}

	@Test
	void theSp80053CatalogWrittenAsYamlPassesTheSchemaAndReadsLikeTheJson() throws Exception {
		OscalSamples.requireFixtures();
		// Written here from NIST's JSON (NIST publishes no YAML of it), with long remarks so that it is larger than
		// SnakeYAML's default limit of 3 million code points.
		JsonNode catalog = new ObjectMapper().readTree(OscalSamples.CATALOG.toFile());
		((ObjectNode) catalog.get("catalog").get("metadata")).put("remarks", "Padding for size. ".repeat(70_000));
		Path yaml = dir.resolve("sp800-53.yaml");
		new ObjectMapper(new YAMLFactory()).writeValue(yaml.toFile(), catalog);
		String text = Files.readString(yaml);
		assertThat(text.codePointCount(0, text.length())).isGreaterThan(3 * 1024 * 1024);
		assertThat(reader.read(yaml, null).controls()).hasSize(1189);
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(dir.resolve(name), content);
	}
}
