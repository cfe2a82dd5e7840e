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
