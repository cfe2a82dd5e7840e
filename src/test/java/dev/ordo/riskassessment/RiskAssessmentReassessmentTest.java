package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.riskassessment.application.PeriodicReassessment;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.shared.InvalidInput;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.IntegrationTest;
import dev.ordo.workflow.WorkflowTask;
import dev.ordo.workflow.Workflows;

/**
 * Periodic reassessment (ISO/IEC 27001 8.2): the BPMN timer's job, called here with a chosen "now", marks exactly the
 * risks whose last assessment is older than the interval, in every organization; each owner gets a task that a new
 * current rating or the owner's confirmation closes.
 */
class RiskAssessmentReassessmentTest extends IntegrationTest {

	record Org(TestOrg org, Api manager) {

		TestUser owner() {
			return org.user(Role.PROCESS_OWNER);
		}
	}

	Org org(String name) {
		TestOrg org = fixtures().organization(name);
		return new Org(org, new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER))));
	}

	String risk(Org o, String title, Instant lastAssessed) throws Exception {
		String id = Api.json(o.manager().post("/api/v1/risks", Map.of("title", title, "kind", "EVENT_BASED",
				"scenario", "something happens", "ownerId", o.owner().id().toString())).andExpect(status().isCreated()))
			.get("id").asString();
		o.manager().post("/api/v1/risks/" + id + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 2, "consequence", 3, "reason", "first assessment"))
			.andExpect(status().isOk());
		context.getBean(JdbcTemplate.class).update("update risk set last_assessed_at = ? where id = ?",
				lastAssessed.atOffset(ZoneOffset.UTC), java.util.UUID.fromString(id));
		return id;
	}

	boolean due(Org o, String id) throws Exception {
		return Api.json(o.manager().get("/api/v1/risks/" + id)).get("reassessmentDue").asBoolean();
	}

	Optional<WorkflowTask> task(TestUser user, String riskId) throws InterruptedException {
		return ReassessmentTasks.await(context, user, riskId);
	}

	@Test
	void dueRisksOfEveryOrganizationAreMarkedAndTheirOwnersAskedAndARatingOrAConfirmationSettlesIt()
			throws Exception {
		Instant now = Instant.now();
		Org a = org("Periodic A");
		Org b = org("Periodic B");
		String oldA = risk(a, "Old risk A", now.minus(400, ChronoUnit.DAYS));
		String recentA = risk(a, "Recent risk A", now.minus(10, ChronoUnit.DAYS));
		String oldB = risk(b, "Old risk B", now.minus(366, ChronoUnit.DAYS));
		String recentB = risk(b, "Recent risk B", now.minus(364, ChronoUnit.DAYS));

		assertThat(context.getBean(PeriodicReassessment.class).run(now)).isGreaterThanOrEqualTo(2);

		assertThat(due(a, oldA)).isTrue();
		assertThat(due(a, recentA)).isFalse();
		assertThat(due(b, oldB)).isTrue();
		assertThat(due(b, recentB)).isFalse();
		JsonNode register = Api.json(a.manager().get("/api/v1/risks?reassessmentDue=true"));
		assertThat(register.get("items").findValuesAsString("id")).containsExactly(oldA);
		a.manager().get("/api/v1/risks/" + oldA)
			.andExpect(jsonPath("$.reassessmentReason").value(org.hamcrest.Matchers.startsWith("periodic-reassessment")));

		// One task per due risk, for its owner, in the risk's organization only.
		WorkflowTask taskA = task(a.owner(), oldA).orElseThrow();
		assertThat(taskA.name()).isEqualTo("Reassess risk Old risk A");
		assertThat(task(b.owner(), oldB)).isPresent();
		assertThat(fixtures().as(b.owner(), () -> context.getBean(Workflows.class).inbox()).stream()
			.map(WorkflowTask::businessKey)).doesNotContain(oldA, recentA, recentB);
		// A second run the same day marks nothing new and asks nobody twice.
		context.getBean(PeriodicReassessment.class).run(now);
		Thread.sleep(500);
		assertThat(fixtures().as(a.owner(), () -> context.getBean(Workflows.class).inbox()).stream()
			.filter(t -> oldA.equals(t.businessKey()))).hasSize(1);

		// A new current rating is the reassessment: the flag goes and the task ends.
		a.manager().post("/api/v1/risks/" + oldA + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 3, "consequence", 3, "reason", "reassessed: new supplier"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.reassessmentDue").value(false));
		assertThat(fixtures().as(a.owner(), () -> context.getBean(Workflows.class).openTasks(oldA))).isEmpty();

		// In B the owner confirms the rating instead, on the risk page: a reason is required, it goes into the history.
		WorkflowTask taskB = task(b.owner(), oldB).orElseThrow();
		Workflows workflows = context.getBean(Workflows.class);
		assertThatThrownBy(() -> fixtures().as(b.owner(), () -> workflows.complete(taskB.id(), Map.of())))
			.isInstanceOf(InvalidInput.class);
		var asOwner = authentication(OrdoAuthentication.of(fixtures().principal(b.owner())));
		assertThat(mvc.perform(get("/risks/" + oldB).with(asOwner)).andReturn().getResponse().getContentAsString())
			.contains("id=\"confirm-rating\"");
		assertThat(mvc.perform(post("/risks/" + oldB + "/reassessment").with(asOwner).with(csrf()).param("comment", " "))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("id=\"comment-error\"");
		mvc.perform(post("/risks/" + oldB + "/reassessment").with(asOwner).with(csrf())
			.param("comment", "controls unchanged")).andExpect(redirectedUrl("/risks/" + oldB));
		b.manager().get("/api/v1/risks/" + oldB).andExpect(jsonPath("$.reassessmentDue").value(false))
			.andExpect(jsonPath("$.history[0].reason").value("Confirmed in periodic reassessment: controls unchanged"))
			.andExpect(jsonPath("$.current.likelihood").value(2));
		assertThat(due(b, recentB)).isFalse();
		// Counted from the confirmation, the risk is not due again within the interval.
		context.getBean(PeriodicReassessment.class).run(now.plus(Duration.ofDays(30)));
		assertThat(due(b, oldB)).isFalse();
		assertThat(due(b, recentB)).isTrue();
	}

	@Test
	void theTimerIsDeployedWithTheConfiguredCycle() {
		String definition = context.getBean(RepositoryService.class).createProcessDefinitionQuery()
			.processDefinitionKey("periodicReassessment").latestVersion().singleResult().getId();
		List<org.flowable.job.api.Job> timers = context.getBean(ManagementService.class).createTimerJobQuery()
			.processDefinitionId(definition).list();
		assertThat(timers).hasSize(1);
		// R/P1D from configuration: the first run is due within a day of the deployment.
		assertThat(timers.get(0).getDuedate().toInstant()).isBefore(Instant.now().plus(Duration.ofDays(1)))
			.isAfter(Instant.now().minus(Duration.ofDays(1)));
	}

	@Test
	void anOrganizationsOwnIntervalDecidesWhichOfItsRisksAreDueAndTheOthersKeepTheDefault() throws Exception {
		Instant now = Instant.now();
		Org monthly = org("Interval own");
		Org yearly = org("Interval default");
		monthly.manager().put("/api/v1/risk-criteria", Map.of("reassessmentIntervalDays", 30, "reason", "fast-moving"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.reassessmentIntervalDays").value(30))
			.andExpect(jsonPath("$.defaultReassessmentIntervalDays").value(365))
			// only the interval changed: the scales stay Ordo's defaults
			.andExpect(jsonPath("$.likelihood.length()").value(5));
		yearly.manager().get("/api/v1/risk-criteria").andExpect(jsonPath("$.reassessmentIntervalDays").doesNotExist())
			.andExpect(jsonPath("$.defaultReassessmentIntervalDays").value(365));
		String monthlyOld = risk(monthly, "Forty days A", now.minus(40, ChronoUnit.DAYS));
		String monthlyRecent = risk(monthly, "Twenty days A", now.minus(20, ChronoUnit.DAYS));
		String yearlyOld = risk(yearly, "Forty days B", now.minus(40, ChronoUnit.DAYS));

		context.getBean(PeriodicReassessment.class).run(now);

		assertThat(due(monthly, monthlyOld)).isTrue();
		assertThat(due(monthly, monthlyRecent)).isFalse();
		assertThat(due(yearly, yearlyOld)).isFalse();
		monthly.manager().get("/api/v1/risks/" + monthlyOld)
			.andExpect(jsonPath("$.reassessmentReason").value(org.hamcrest.Matchers.containsString("not assessed for 30 days")));
		assertThat(task(monthly.owner(), monthlyOld)).isPresent();

		// Back to the configured default: at 365 days, a risk assessed 40 days ago is not due.
		monthly.manager().put("/api/v1/risk-criteria", Map.of("useDefaultReassessmentInterval", true))
			.andExpect(status().isOk()).andExpect(jsonPath("$.reassessmentIntervalDays").doesNotExist());
		String afterReset = risk(monthly, "Forty days again", now.minus(40, ChronoUnit.DAYS));
		context.getBean(PeriodicReassessment.class).run(now);
		assertThat(due(monthly, afterReset)).isFalse();
	}

	@Test
	void anIntervalOutsideOneDayToTenYearsIsAProblemDetailAndChangesNothing() throws Exception {
		Org o = org("Interval API");
		o.manager().put("/api/v1/risk-criteria", Map.of("reassessmentIntervalDays", 90)).andExpect(status().isOk());
		for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("reassessmentIntervalDays", 0),
				Map.of("reassessmentIntervalDays", 3651), Map.of("reassessmentIntervalDays", -30),
				Map.of("reassessmentIntervalDays", 30, "useDefaultReassessmentInterval", true))) {
			JsonNode problem = Api.json(o.manager().put("/api/v1/risk-criteria", bad)
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json")));
			assertThat(problem.get("type").asString()).isEqualTo("urn:ordo:problem:validation");
			assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("reassessmentIntervalDays");
		}
		JsonNode outOfRange = Api.json(o.manager().put("/api/v1/risk-criteria", Map.of("reassessmentIntervalDays", 0)));
		assertThat(outOfRange.get("errors").get(0).get("message").asString())
			.isEqualTo("must be a number of days from 1 to 3650 (ten years); leave it empty for the configured default");
		o.manager().get("/api/v1/risk-criteria").andExpect(jsonPath("$.reassessmentIntervalDays").value(90));
		// only the ISMS manager sets it
		new Api(mvc, fixtures().token(o.org().user(Role.PROCESS_OWNER)))
			.put("/api/v1/risk-criteria", Map.of("reassessmentIntervalDays", 10)).andExpect(status().isForbidden());
	}

	@Test
	void theCriteriaPageSetsTheIntervalWithTheMessageNextToTheField() throws Exception {
		Org o = org("Interval page");
		var asManager = authentication(OrdoAuthentication.of(fixtures().principal(o.org().user(Role.ISMS_MANAGER))));
		String page = mvc.perform(get("/risks/criteria").with(asManager)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("id=\"interval-form\"", "365 days", "the configured default");

		for (String bad : List.of("0", "3651", "a year")) {
			String shown = mvc.perform(post("/risks/criteria/reassessment-interval").with(asManager).with(csrf())
				.param("reassessmentIntervalDays", bad)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			assertThat(shown).containsPattern("id=\"reassessmentIntervalDays-error\"[^>]*>must be a (whole )?number of days")
				.contains("value=\"" + bad + "\"");
		}
		o.manager().get("/api/v1/risk-criteria").andExpect(jsonPath("$.reassessmentIntervalDays").doesNotExist())
			.andExpect(jsonPath("$.defaults").value(true));

		mvc.perform(post("/risks/criteria/reassessment-interval").with(asManager).with(csrf())
			.param("reassessmentIntervalDays", "180").param("reason", "half-yearly review"))
			.andExpect(redirectedUrl("/risks/criteria"));
		o.manager().get("/api/v1/risk-criteria").andExpect(jsonPath("$.reassessmentIntervalDays").value(180));
		assertThat(mvc.perform(get("/risks/criteria").with(asManager)).andReturn().getResponse().getContentAsString())
			.contains("180 days", "this organization&#39;s own interval", "value=\"180\"");

		// empty: back to the configured default
		mvc.perform(post("/risks/criteria/reassessment-interval").with(asManager).with(csrf())
			.param("reassessmentIntervalDays", "")).andExpect(redirectedUrl("/risks/criteria"));
		o.manager().get("/api/v1/risk-criteria").andExpect(jsonPath("$.reassessmentIntervalDays").doesNotExist());

		// members who may not change criteria see the interval but no form, and cannot post it
		var asViewer = authentication(OrdoAuthentication.of(fixtures().principal(o.org().user(Role.VIEWER))));
		assertThat(mvc.perform(get("/risks/criteria").with(asViewer)).andReturn().getResponse().getContentAsString())
			.contains("365 days").doesNotContain("id=\"interval-form\"");
		mvc.perform(post("/risks/criteria/reassessment-interval").with(asViewer).with(csrf())
			.param("reassessmentIntervalDays", "10")).andExpect(status().isForbidden());
	}

	/**
	 * A change that names a few risks (ISO/IEC 27001 8.2, "when significant changes are proposed or occur") gives
	 * their owners the same task; one that marks more than the limit (50) fills no inbox.
	 */
	@Test
	void aTriggerNamingFewRisksAsksTheirOwnersAndOneMarkingManyAsksNobody() throws Exception {
		Instant recently = Instant.now().minus(3, ChronoUnit.DAYS);
		Org few = org("Triggered few");
		String named = risk(few, "Supplier portal breached", recently);
		String other = risk(few, "Office flooded", recently);
		fixtures().as(few.org().user(Role.ISMS_MANAGER), () -> context.getBean(RiskService.class).markReassessmentDue(
				new ReassessmentRequested(few.org().id(), "change-management", "CHG-9", "portal moves to a new host",
						List.of(), List.of(java.util.UUID.fromString(named)), null)));
		WorkflowTask task = task(few.owner(), named).orElseThrow();
		assertThat(task.name()).isEqualTo("Reassess risk Supplier portal breached");
		assertThat(fixtures().as(few.owner(), () -> context.getBean(Workflows.class).openTasks(other))).isEmpty();
		fixtures().as(few.owner(), () -> context.getBean(Workflows.class).complete(task.id(),
				Map.of("comment", "the new host has the same controls")));
		JsonNode confirmed = Api.json(few.manager().get("/api/v1/risks/" + named));
		assertThat(confirmed.get("reassessmentDue").asBoolean()).isFalse();
		assertThat(confirmed.get("history").get(0).get("reason").asString()).isEqualTo(
				"Confirmed in reassessment (change-management CHG-9: portal moves to a new host): "
						+ "the new host has the same controls");
		assertThat(confirmed.get("history").get(0).get("run").get("kind").asString())
			.isEqualTo("TRIGGERED_REASSESSMENT");

		Org many = org("Triggered many");
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 51; i++) {
			ids.add(risk(many, "Risk " + i, recently));
		}
		// Nothing named: every risk of the organization is marked.
		int marked = fixtures().as(many.org().user(Role.ISMS_MANAGER), () -> context.getBean(RiskService.class)
			.markReassessmentDue(new ReassessmentRequested(many.org().id(), "incident", "INC-3",
					"ransomware in the data centre", List.of(), List.of(), null)));
		assertThat(marked).isEqualTo(51);
		assertThat(due(many, ids.get(50))).isTrue();
		Thread.sleep(1_500);
		assertThat(fixtures().as(many.owner(), () -> context.getBean(Workflows.class).inbox()).stream()
			.filter(t -> ids.contains(t.businessKey()))).isEmpty();
	}
}
