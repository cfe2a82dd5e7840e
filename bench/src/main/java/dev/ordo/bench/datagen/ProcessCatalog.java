package dev.ordo.bench.datagen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The process keys, read from the app's own catalog so the generator follows it when it changes. */
public final class ProcessCatalog {

	private ProcessCatalog() {
	}

	/** Each process's name as the app shows it in task names: clause and short name ("7.7 Outsourced services"). */
	public static java.util.Map<String, String> names(Path catalog) throws IOException {
		JsonNode root = new ObjectMapper().readTree(Files.readString(catalog));
		java.util.Map<String, String> names = new java.util.HashMap<>();
		root.path("processes").forEach(p -> names.put(p.path("key").asText(),
				p.path("clause").asText() + " " + p.path("shortName").asText()));
		return names;
	}

	public static List<String> keys(Path catalog) throws IOException {
		JsonNode root = new ObjectMapper().readTree(Files.readString(catalog));
		List<String> keys = new ArrayList<>();
		root.path("processes").forEach(p -> keys.add(p.path("key").asText()));
		if (keys.isEmpty()) {
			throw new IllegalStateException("No processes in " + catalog);
		}
		return keys;
	}
}
