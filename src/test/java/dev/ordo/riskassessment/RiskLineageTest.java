package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.riskassessment.application.PeriodicReassessment;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.IntegrationTest;
import dev.ordo.support.StatementCounting;
import dev.ordo.workflow.WorkflowTask;
import dev.ordo.workflow.Workflows;
import tools.jackson.databind.JsonNode;

/**
 * Lineage (R1 item 8): every risk names the risk assessment run that identified it and every rating-history entry
 * the run that wrote it: a register entry, an import (one run for the file), a reassessment (with its BPMN run).
 */
class RiskLineageTest extends IntegrationTest {

	private TestOrg org;

	private Api manager;

	private void setUp(String name) {
		org = fixtures().organization(name);
		manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
	}

	private String newRisk(String title) throws Exception {
		return Api.json(manager.post("/api/v1/risks", Map.of("title", title, "kind", "EVENT_BASED", "scenario",
				"something happens", "ownerId", org.user(Role.PROCESS_OWNER).id().toString()))
			.andExpect(status().isCreated())).get("id").asString();
	}

	private String page(String path, TestUser user) throws Exception {
		return mvc.perform(get(path).with(authentication(OrdoAuthentication.of(fixtures().principal(user)))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void identifyingAndRatingThroughTheApiEachRecordARegisterEntryRun() throws Exception {
		setUp("Lineage entries");
		String riskId = newRisk("Laptop stolen");
		JsonNode risk = Api.json(manager.get("/api/v1/risks/" + riskId));
		JsonNode identifiedIn = risk.get("identifiedIn");
		assertThat(identifiedIn.get("kind").asString()).isEqualTo("REGISTER_ENTRY");
		assertThat(identifiedIn.get("startedBy").get("userId").asString())
			.isEqualTo(org.user(Role.ISMS_MANAGER).id().toString());
		String identifyRun = identifiedIn.get("id").asString();

		JsonNode rated = Api.json(manager.post("/api/v1/risks/" + riskId + "/ratings",
				Map.of("kind", "INHERENT", "likelihood", 3, "consequence", 2, "reason", "first look")));
		JsonNode ratingRun = rated.get("history").get(0).get("run");
		assertThat(ratingRun.get("kind").asString()).isEqualTo("REGISTER_ENTRY");
		assertThat(ratingRun.get("id").asString()).isNotEqualTo(identifyRun);
		assertThat(rated.get("identifiedIn").get("id").asString()).isEqualTo(identifyRun);

		manager.get("/api/v1/risk-assessment-runs/" + identifyRun).andExpect(status().isOk())
			.andExpect(jsonPath("$.run.kind").value("REGISTER_ENTRY"))
			.andExpect(jsonPath("$.risks.totalItems").value(1))
			.andExpect(jsonPath("$.risks.items[0].id").value(riskId))
			.andExpect(jsonPath("$.ratings.totalItems").value(0));
		manager.get("/api/v1/risk-assessment-runs/" + ratingRun.get("id").asString()).andExpect(status().isOk())
			.andExpect(jsonPath("$.risks.totalItems").value(0))
			.andExpect(jsonPath("$.ratings.items[0].riskTitle").value("Laptop stolen"))
			.andExpect(jsonPath("$.ratings.items[0].reason").value("first look"));

		String riskPage = page("/risks/" + riskId, org.user(Role.VIEWER));
		assertThat(riskPage).contains("id=\"risk-lineage\"", "href=\"/risk-assessment-runs/" + identifyRun + "\"",
				"href=\"/risk-assessment-runs/" + ratingRun.get("id").asString() + "\"");
		assertThat(page("/risk-assessment-runs/" + identifyRun, org.user(Role.VIEWER))).contains("Register entry",
				"Laptop stolen", "id=\"run-risks\"");

		// Another organization's run is not there for this one, like an unknown run.
		TestOrg other = fixtures().organization("Lineage other");
		Api them = new Api(mvc, fixtures().token(other.user(Role.ISMS_MANAGER)));
		them.get("/api/v1/risk-assessment-runs/" + identifyRun).andExpect(status().isNotFound());
		manager.get("/api/v1/risk-assessment-runs/" + UUID.randomUUID()).andExpect(status().isNotFound());
		mvc.perform(get("/risk-assessment-runs/" + identifyRun).with(authentication(OrdoAuthentication.of(
				fixtures().principal(other.user(Role.ISMS_MANAGER)))))).andExpect(status().isNotFound());
	}

	@Test
	void anImportRecordsOneRunForAllItsRowsAndItsPageIsPagedWithAFixedStatementCount() throws Exception {
		setUp("Lineage import");
		String owner = org.user(Role.PROCESS_OWNER).username();
		StringBuilder csv = new StringBuilder("title,kind,scenario,owner,current_likelihood,current_consequence\n");
		for (int i = 0; i < 3; i++) {
			csv.append("Imported ").append(i).append(",EVENT_BASED,It happens,").append(owner).append(",2,3\n");
		}
		csv.append("Nobody's,EVENT_BASED,It happens,nobody@example.org,2,3\n");
		JsonNode report = import_("lineage.csv", csv.toString());
		assertThat(report.get("imported").asInt()).isEqualTo(3);
		String runId = report.get("runId").asString();

		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForList("select distinct identified_in_run from risk where organization_id = ?",
				UUID.class, org.id())).containsExactly(UUID.fromString(runId));
		assertThat(jdbc.queryForList("select distinct run_id from risk_rating where organization_id = ?", UUID.class,
				org.id())).containsExactly(UUID.fromString(runId));
		manager.get("/api/v1/risk-assessment-runs/" + runId + "?size=2").andExpect(status().isOk())
			.andExpect(jsonPath("$.run.kind").value("IMPORT"))
			.andExpect(jsonPath("$.run.fileName").value("lineage.csv"))
			.andExpect(jsonPath("$.run.importedCount").value(3))
			.andExpect(jsonPath("$.run.rejectedCount").value(1))
			.andExpect(jsonPath("$.risks.totalItems").value(3))
			.andExpect(jsonPath("$.risks.items.length()").value(2))
			.andExpect(jsonPath("$.risks.totalPages").value(2))
			.andExpect(jsonPath("$.ratings.totalItems").value(3));
		// At most 100 a page, whatever the request asks for (as every list).
		manager.get("/api/v1/risk-assessment-runs/" + runId + "?size=500").andExpect(status().isOk())
			.andExpect(jsonPath("$.risks.size").value(100));
		manager.get("/api/v1/risk-assessment-runs/" + runId + "?page=-1").andExpect(status().isBadRequest());

		// Full pages at both sizes (a page that is not full tells its total without the count statement).
		long small = statements("/api/v1/risk-assessment-runs/" + runId + "?size=2");
		StringBuilder big = new StringBuilder("title,kind,scenario,owner,current_likelihood,current_consequence\n");
		for (int i = 0; i < 150; i++) {
			big.append("Bulk ").append(i).append(",EVENT_BASED,It happens,").append(owner).append(",2,3\n");
		}
		String bigRun = import_("big.csv", big.toString()).get("runId").asString();
		assertThat(statements("/api/v1/risk-assessment-runs/" + bigRun + "?size=2")).isEqualTo(small);
		assertThat(page("/risk-assessment-runs/" + bigRun + "?page=1", org.user(Role.VIEWER))).contains("big.csv",
				"Page 2 of 3");
	}

	@Test
	void theRiskDetailRunsAsManyStatementsWithOneRatingAsWithMany() throws Exception {
		setUp("Lineage statements");
		String one = newRisk("One rating");
		rate(one, 1);
		String many = newRisk("Many ratings");
		rate(many, 12);
		assertThat(statements("/api/v1/risks/" + many)).isEqualTo(statements("/api/v1/risks/" + one));
	}

	@Test
	void reassessmentsCarryTheirProcessRunAndTheirTrigger() throws Exception {
		setUp("Lineage reassessment");
		TestUser owner = org.user(Role.PROCESS_OWNER);
		String confirmed = newRisk("Confirmed by its owner");
		String rerated = newRisk("Re-rated on its page");
		for (String id : List.of(confirmed, rerated)) {
			rate(id, 1);
			context.getBean(JdbcTemplate.class).update("update risk set last_assessed_at = ? where id = ?",
					Instant.now().minus(400, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC), UUID.fromString(id));
		}
		context.getBean(PeriodicReassessment.class).run(Instant.now());
		Workflows workflows = context.getBean(Workflows.class);

		WorkflowTask confirmTask = task(owner, confirmed).orElseThrow();
		fixtures().as(owner, () -> workflows.complete(confirmTask.id(), Map.of("comment", "nothing changed")));
		JsonNode run = Api.json(manager.get("/api/v1/risks/" + confirmed)).get("history").get(0).get("run");
		assertThat(run.get("kind").asString()).isEqualTo("PERIODIC_REASSESSMENT");
		assertThat(run.get("processInstanceId").asString()).isEqualTo(confirmTask.processInstanceId());
		assertThat(run.get("trigger").asString()).startsWith("periodic-reassessment");
		assertThat(run.get("startedBy").get("userId").asString()).isEqualTo(owner.id().toString());
		manager.get("/api/v1/runs/" + confirmTask.processInstanceId()).andExpect(status().isOk())
			.andExpect(jsonPath("$.clause").value("7.4"))
			.andExpect(jsonPath("$.steps[?(@.type=='USER_TASK')].decision.comment").value("nothing changed"))
			.andExpect(jsonPath("$.steps[?(@.type=='USER_TASK')].completedBy").value(owner.id().toString()));
		assertThat(page("/risks/" + confirmed, org.user(Role.VIEWER)))
			.contains("href=\"/runs/" + confirmTask.processInstanceId() + "\"");

		WorkflowTask rerateTask = task(owner, rerated).orElseThrow();
		JsonNode rerating = Api.json(manager.post("/api/v1/risks/" + rerated + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 4, "consequence", 4, "reason", "new supplier")))
			.get("history").get(0).get("run");
		assertThat(rerating.get("kind").asString()).isEqualTo("PERIODIC_REASSESSMENT");
		assertThat(rerating.get("processInstanceId").asString()).isEqualTo(rerateTask.processInstanceId());

		// A reassessment an incident asked for: the owner's task, and the run keeps the trigger.
		fixtures().as(org.user(Role.ISMS_MANAGER), () -> context.getBean(RiskService.class).markReassessmentDue(
				new ReassessmentRequested(org.id(), "incident", "INC-7", "ransomware at a supplier", List.of(),
						List.of(UUID.fromString(rerated)), null)));
		WorkflowTask incidentTask = task(owner, rerated).orElseThrow();
		JsonNode triggered = Api.json(manager.post("/api/v1/risks/" + rerated + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 5, "consequence", 4, "reason", "after the incident")))
			.get("history").get(0).get("run");
		assertThat(triggered.get("kind").asString()).isEqualTo("TRIGGERED_REASSESSMENT");
		assertThat(triggered.get("trigger").asString()).contains("INC-7", "ransomware at a supplier");
		assertThat(triggered.get("processInstanceId").asString()).isEqualTo(incidentTask.processInstanceId());
	}

	private void rate(String riskId, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			manager.post("/api/v1/risks/" + riskId + "/ratings",
					Map.of("kind", "CURRENT", "likelihood", 1 + i % 3, "consequence", 2, "reason", "rating " + i))
				.andExpect(status().isOk());
		}
	}

	private JsonNode import_(String file, String csv) throws Exception {
		return Api.json(mvc.perform(post("/api/v1/risks/import?file=" + file)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + fixtures().token(org.user(Role.ISMS_MANAGER)))
			.contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk()));
	}

	private long statements(String path) throws Exception {
		manager.get(path).andExpect(status().isOk());
		StatementCounting.reset();
		manager.get(path).andExpect(status().isOk());
		return StatementCounting.statements();
	}

	private Optional<WorkflowTask> task(TestUser user, String riskId) throws InterruptedException {
		return ReassessmentTasks.await(context, user, riskId);
	}
}
