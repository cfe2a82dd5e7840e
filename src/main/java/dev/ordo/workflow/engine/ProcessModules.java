package dev.ordo.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which TS 27022 process each Ordo module implements, from the process catalog
 * ({@code catalog/ts27022-processes.json}), so that a run's model folder ({@code processes/<module>/}) names the
 * process it belongs to. Read here rather than asked of the processes module, which itself runs workflows.
 */
@Component
class ProcessModules {

	/** A TS 27022 process: clause and name. */
	record TsProcess(String clause, String name) {
	}

	private final Map<String, TsProcess> byModule = new HashMap<>();

	/** Model file name → the module folder it lies in ({@code processes/<module>/<file>}). */
	private final Map<String, String> moduleByModelFile = new HashMap<>();

	ProcessModules() {
		try (InputStream in = new ClassPathResource("catalog/ts27022-processes.json").getInputStream()) {
			for (JsonNode p : JsonMapper.builder().build().readTree(in).get("processes")) {
				byModule.put(p.get("module").asString(), new TsProcess(p.get("clause").asString(), p.get("name").asString()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the process catalog", ex);
		}
		// The engine keeps only a model's file name when the model comes from inside a jar (and from a folder the
		// whole path), so the folder, and with it the module, is looked up here where the models are.
		try {
			for (String pattern : List.of("classpath*:/processes/*/*.bpmn20.xml", "classpath*:/processes/*/*.bpmn")) {
				for (Resource model : new PathMatchingResourcePatternResolver().getResources(pattern)) {
					String[] path = model.getURL().toString().split("/");
					if (path.length >= 2) {
						moduleByModelFile.putIfAbsent(path[path.length - 1], path[path.length - 2]);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the process models", ex);
		}
	}

	/**
	 * The module whose folder holds the model deployed as {@code resourceName} (a file name, or a path ending in
	 * one), {@code null} when unknown.
	 */
	String moduleOfModel(String resourceName) {
		if (resourceName == null) {
			return null;
		}
		String file = resourceName.substring(Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\')) + 1);
		return moduleByModelFile.get(file);
	}

	/** The process {@code module} implements, or {@code null} when none (or no module is known). */
	TsProcess process(String module) {
		return module == null ? null : byModule.get(module);
	}
}
