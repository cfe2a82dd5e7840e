package dev.ordo.processes.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import dev.ordo.processes.ProcessCategory;
import dev.ordo.processes.ProcessDescription;
import dev.ordo.processes.ProcessFlow;
import dev.ordo.processes.ProcessInteraction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ordo's catalog of the TS 27022 process reference model, read once from {@code catalog/ts27022-processes.json}
 * (derived from the reference facts by {@code tools/derive-process-catalog.py}). It is the same for every
 * organization; what differs per organization is the tailoring.
 */
@Component
public class ProcessCatalog {

	private final Map<String, ProcessDescription> byKey = new LinkedHashMap<>();

	private final Map<String, ProcessDescription> byClause = new LinkedHashMap<>();

	private final Map<String, String> participants = new LinkedHashMap<>();

	private final List<ProcessInteraction> interactions = new ArrayList<>();

	public ProcessCatalog() {
		this("catalog/ts27022-processes.json");
	}

	ProcessCatalog(String resource) {
		JsonNode root;
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			root = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the process catalog " + resource, ex);
		}
		root.get("participants").forEach(p -> participants.put(p.get("id").asString(), p.get("name").asString()));
		Map<String, String> names = new LinkedHashMap<>(participants);
		root.get("processes").forEach(p -> names.put(p.get("clause").asString(), p.get("shortName").asString()));
		root.get("processes").forEach(p -> {
			ProcessDescription description = new ProcessDescription(p.get("clause").asString(),
					p.get("key").asString(), p.get("name").asString(), p.get("shortName").asString(),
					p.get("module").asString(),
					ProcessCategory.valueOf(p.get("category").asString().toUpperCase(Locale.ROOT)),
					p.get("purpose").asString(), strings(p.get("activities")), flows(p.get("inputs"), "from", names),
					flows(p.get("results"), "to", names), strings(p.get("iso27001")));
			byKey.put(description.key(), description);
			byClause.put(description.clause(), description);
		});
		root.get("interactions").forEach(e -> interactions.add(new ProcessInteraction(e.get("from").asString(),
				e.get("to").asString(), e.get("artefact").asString(), e.get("inferred").asBoolean())));
	}

	public List<ProcessDescription> processes() {
		return List.copyOf(byKey.values());
	}

	public Optional<ProcessDescription> byKey(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	public Optional<ProcessDescription> byClause(String clause) {
		return Optional.ofNullable(byClause.get(clause));
	}

	/** Participants that are not processes: "all ISMS processes", top management, interested parties. */
	public Map<String, String> participants() {
		return Map.copyOf(participants);
	}

	public List<ProcessInteraction> interactions() {
		return List.copyOf(interactions);
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return List.copyOf(values);
	}

	private static List<ProcessFlow> flows(JsonNode array, String side, Map<String, String> names) {
		List<ProcessFlow> values = new ArrayList<>();
		array.forEach(f -> {
			String counterpart = f.get(side).asString();
			values.add(new ProcessFlow(f.get("artefact").asString(), counterpart,
					names.getOrDefault(counterpart, counterpart)));
		});
		return List.copyOf(values);
	}
}
