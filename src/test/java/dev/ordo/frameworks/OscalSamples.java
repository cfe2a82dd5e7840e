package dev.ordo.frameworks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;

/** Small OSCAL documents for tests, and the NIST fixtures read in place beside the repository. */
public final class OscalSamples {

	public static final Path SP800_53 = Path.of("..", "shared", "fixtures", "oscal", "content", "sp800-53-rev5");

	public static final Path CATALOG = SP800_53.resolve("catalog/NIST_SP-800-53_rev5.0.1_catalog_oscal-1.0.0.json");

	public static final Path MAPPING = Path.of("..", "shared", "fixtures", "mappings", "nist", "csv",
			"sp800-53r5-to-iso-27001-mapping__Sheet1.csv");

	public static final Path SSP_EXAMPLE = SP800_53.resolveSibling("examples/ssp/yaml/ssp-example.yaml");

	private OscalSamples() {
	}

	/**
	 * Fails, naming what is missing, unless NIST's fixtures are beside the repository ({@code ../shared/fixtures}).
	 * They are not optional: a test that skipped without them would pass green while checking nothing, and CI always
	 * has them.
	 */
	public static void requireFixtures() {
		require(List.of(CATALOG, MAPPING, SSP_EXAMPLE, profile("LOW", "json"), profile("MODERATE", "json"),
				profile("HIGH", "json"), profile("LOW", "xml")));
	}

	static void require(List<Path> files) {
		List<String> missing = files.stream().filter(f -> !Files.isRegularFile(f))
			.map(f -> f.toAbsolutePath().normalize().toString()).toList();
		if (!missing.isEmpty()) {
			Assertions.fail("NIST fixtures missing (check out the shared fixtures as ../shared/fixtures beside the "
					+ "repository; CI always has them): " + String.join(", ", missing));
		}
	}

	public static Path profile(String baseline, String extension) {
		return SP800_53.resolve("profiles/NIST_SP-800-53_rev5_" + baseline + "-baseline_profile." + extension);
	}

	/** A catalog with one group, a control with an enhancement, and a control named {@code extraId}. */
	public static String jsonCatalog(String title, String extraId) {
		return """
				{"catalog": {"uuid": "%s",
				  "metadata": {"title": "%s", "last-modified": "2024-01-01T00:00:00Z", "version": "1.0",
				    "oscal-version": "1.1.2"},
				  "groups": [{"id": "ac", "class": "family", "title": "Access Control",
				    "controls": [
				      {"id": "ac-1", "class": "SP800-53", "title": "Policy and Procedures",
				        "props": [{"name": "label", "value": "AC-1"}],
				        "parts": [{"id": "ac-1_smt", "name": "statement", "prose": "Write down the rules."}],
				        "controls": [{"id": "ac-1.1", "title": "Automation", "props": [{"name": "label", "value": "AC-1(1)"}]}]},
				      {"id": "%s", "title": "Probe control"}]}]}}
				""".formatted(UUID.randomUUID(), title, extraId);
	}

	public static String xmlCatalog(String title) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="%s">
				  <metadata><title>%s</title><last-modified>2024-01-01T00:00:00Z</last-modified>
				    <version>2</version><oscal-version>1.1.2</oscal-version></metadata>
				  <group id="pe" class="family"><title>Physical protection</title>
				    <control id="pe-1"><title>Physical policy</title>
				      <control id="pe-1.1"><title>Badges</title></control></control>
				    <control id="pe-2"><title>Access authorizations</title></control>
				  </group>
				</catalog>
				""".formatted(UUID.randomUUID(), title);
	}

	public static String yamlCatalog(String title) {
		return """
				---
				catalog:
				  uuid: %s
				  metadata:
				    title: %s
				    last-modified: 2024-01-01T00:00:00Z
				    version: "3"
				    oscal-version: 1.1.2
				  controls:
				  - id: yc-1
				    title: First
				  - id: yc-2
				    title: Second
				""".formatted(UUID.randomUUID(), title);
	}
}
