package dev.ordo.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import dev.ordo.identity.Role;
import dev.ordo.support.Api;
import dev.ordo.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

class ProcessesApiTest extends IntegrationTest {

	@Test
	void listsTheSeventeenProcessesWithTheirTailoring() throws Exception {
		var org = fixtures().organization("Processes API");
		Api api = new Api(mvc, fixtures().token(org.user(Role.VIEWER)));
		JsonNode list = Api.json(api.get("/api/v1/processes").andExpect(status().isOk()));
		assertThat(list).hasSize(17);
		JsonNode first = list.get(0);
		assertThat(first.get("key").asString()).isEqualTo("governance-interface");
		assertThat(first.get("clause").asString()).isEqualTo("6.2");
		assertThat(first.get("category").asString()).isEqualTo("MANAGEMENT");
		assertThat(first.get("applicable").asBoolean()).isTrue();
		assertThat(first.get("targetLevel").asInt()).isEqualTo(1);
		assertThat(list.findValuesAsString("category")).containsOnly("MANAGEMENT", "CORE", "SUPPORT");

		api.get("/api/v1/processes/risk-treatment").andExpect(status().isOk())
			.andExpect(jsonPath("$.process.clause").value("7.5"))
			.andExpect(jsonPath("$.process.inputs[0].counterpart").value("7.4"))
			.andExpect(jsonPath("$.process.activities").isArray())
			.andExpect(jsonPath("$.tailoring.applicable").value(true));
		api.get("/api/v1/processes/unknown").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Not found"));
	}

	@Test
	void theGraphHasEveryProcessAndInteraction() throws Exception {
		var org = fixtures().organization("Graph API");
		Api api = new Api(mvc, fixtures().token(org.user(Role.AUDITOR)));
		JsonNode graph = Api.json(api.get("/api/v1/processes/graph").andExpect(status().isOk()));
		assertThat(graph.get("nodes")).hasSize(21);
		assertThat(graph.get("edges")).hasSize(58);
		assertThat(graph.get("nodes").findValuesAsString("id")).contains("6.2", "7.13", "8.5", "*",
				"external:top-management");
	}
}
