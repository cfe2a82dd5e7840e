package dev.ordo.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.ordo.processes.domain.ProcessCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ordo's catalog is derived from the reference facts in {@code ../shared/reference}; this keeps the two in step:
 * same processes, same interaction edges. The reference is read in place, never copied.
 */
class ProcessCatalogReferenceTest {

	private static final Path REFERENCE = Path.of("..", "shared", "reference");

	@Test
	void catalogMatchesTheReferenceModel() throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(REFERENCE), "reference facts not checked out beside the repository");
		JsonMapper json = JsonMapper.builder().build();
		JsonNode processes = json.readTree(REFERENCE.resolve("ts27022_processes.json").toFile());
		JsonNode graph = json.readTree(REFERENCE.resolve("ts27022_graph.json").toFile());
		ProcessCatalog catalog = new ProcessCatalog();

		Set<String> referenceKeys = new HashSet<>();
		processes.forEach(p -> referenceKeys.add(p.get("id").asString() + " " + p.get("key").asString()));
		Set<String> catalogKeys = new HashSet<>();
		catalog.processes().forEach(p -> catalogKeys.add(p.clause() + " " + p.key()));
		assertThat(catalogKeys).isEqualTo(referenceKeys);

		Set<String> referenceEdges = new HashSet<>();
		graph.get("edges").forEach(e -> referenceEdges.add(e.get("from").asString() + ">" + e.get("to").asString()
				+ ":" + e.get("artefact").asString()));
		Set<String> catalogEdges = new HashSet<>();
		catalog.interactions().forEach(i -> catalogEdges.add(i.from() + ">" + i.to() + ":" + i.artefact()));
		assertThat(catalogEdges).isEqualTo(referenceEdges);
	}
}
