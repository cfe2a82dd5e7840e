package dev.ordo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A process run read back from the engine's history, through the API and as a page: its process, its steps with who
 * completed them and what they decided, and only within the run's own organization.
 */
class RunsTest extends IntegrationTest {

	@Test
	void aDecidedTailoringApprovalShowsItsStepsAndDecision() throws Exception {
		TestOrg org = fixtures().organization("Runs");
		Api manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		Api topManagement = new Api(mvc, fixtures().token(org.user(Role.TOP_MANAGEMENT)));
		JsonNode change = Api.json(manager.put("/api/v1/processes/internal-audit/tailoring",
				Map.of("applicable", true, "targetLevel", 2, "reason", "Audits twice a year")));
		String runId = change.get("workflowInstanceId").asString();
		String changeId = change.get("id").asString();

		manager.get("/api/v1/runs/" + runId).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RUNNING"))
			.andExpect(jsonPath("$.businessKey").value(changeId))
			.andExpect(jsonPath("$.module").value("processes"))
			.andExpect(jsonPath("$.steps[?(@.type=='USER_TASK')].outcome").value("open"));
		// The open step is offered to the role as people read it, not as the BPMN candidate group.
		assertThat(mvc.perform(get("/runs/" + runId).with(authentication(OrdoAuthentication.of(
				fixtures().principal(org.user(Role.VIEWER)))))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("<td>Top management</td>").doesNotContain("TOP_MANAGEMENT");

		topManagement.post("/api/v1/processes/tailoring-changes/" + changeId + "/decision",
				Map.of("approved", false, "comment", "Once a year is enough")).andExpect(status().isOk());

		JsonNode run = Api.json(manager.get("/api/v1/runs/" + runId).andExpect(status().isOk()));
		assertThat(run.get("state").asString()).isEqualTo("COMPLETED");
		assertThat(run.path("startedBy").asString("none")).isEqualTo(org.user(Role.ISMS_MANAGER).id().toString());
		assertThat(run.get("endedAt").isNull()).isFalse();
		JsonNode decision = null;
		for (JsonNode step : run.get("steps")) {
			if ("USER_TASK".equals(step.get("type").asString())) {
				decision = step;
			}
		}
		assertThat(decision).isNotNull();
		assertThat(decision.get("completedBy").asString()).isEqualTo(org.user(Role.TOP_MANAGEMENT).id().toString());
		assertThat(decision.get("completedByName").asString()).isEqualTo(org.user(Role.TOP_MANAGEMENT).displayName());
		assertThat(decision.get("outcome").asString()).isEqualTo("completed");
		assertThat(decision.get("decision").get("approved").asBoolean()).isFalse();
		assertThat(decision.get("decision").get("comment").asString()).isEqualTo("Once a year is enough");
		assertThat(run.get("steps").findValuesAsString("type")).contains("END");

		String page = mvc.perform(get("/runs/" + runId).with(authentication(OrdoAuthentication.of(
				fixtures().principal(org.user(Role.VIEWER)))))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"steps\"", "Once a year is enough", org.user(Role.TOP_MANAGEMENT).displayName(),
				"completed");

		String changePage = mvc.perform(get("/processes/tailoring-changes/" + changeId).with(authentication(
				OrdoAuthentication.of(fixtures().principal(org.user(Role.VIEWER)))))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(changePage).contains("href=\"/runs/" + runId + "\"");
	}

	@Test
	void anotherOrganizationsRunAndAnUnknownRunAreNotFound() throws Exception {
		TestOrg mine = fixtures().organization("Runs mine");
		TestOrg theirs = fixtures().organization("Runs theirs");
		Api them = new Api(mvc, fixtures().token(theirs.user(Role.ISMS_MANAGER)));
		String runId = Api.json(them.put("/api/v1/processes/internal-audit/tailoring",
				Map.of("applicable", true, "targetLevel", 2, "reason", "Ours"))).get("workflowInstanceId").asString();
		them.get("/api/v1/runs/" + runId).andExpect(status().isOk());

		Api me = new Api(mvc, fixtures().token(mine.user(Role.ISMS_MANAGER)));
		me.get("/api/v1/runs/" + runId).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		me.get("/api/v1/runs/no-such-run").andExpect(status().isNotFound());
		mvc.perform(get("/runs/" + runId).with(authentication(OrdoAuthentication.of(
				fixtures().principal(mine.user(Role.ISMS_MANAGER)))))).andExpect(status().isNotFound());
	}
}
