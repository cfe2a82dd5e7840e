package dev.ordo.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
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

	ProcessModules() {
		try (InputStream in = new ClassPathResource("catalog/ts27022-processes.json").getInputStream()) {
			for (JsonNode p : JsonMapper.builder().build().readTree(in).get("processes")) {
				byModule.put(p.get("module").asString(), new TsProcess(p.get("clause").asString(), p.get("name").asString()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the process catalog", ex);
		}
	}

	/** The process {@code module} implements, or {@code null} when none (or no module is known). */
	TsProcess process(String module) {
		return module == null ? null : byModule.get(module);
	}
}
