package dev.ordo.risktreatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RatingRequest;
import dev.ordo.riskassessment.RiskAssessment;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.TreatmentState;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.riskassessment.domain.KeptCounts;
import dev.ordo.risktreatment.application.AcceptanceService;
import dev.ordo.risktreatment.application.RiskTreatmentService;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.IntegrationTest;

/**
 * The register's treatment state (ISO/IEC 27001:2022 6.1.3, TS 27022 7.5): each risk-treatment action moves it and
 * leaves the risk itself (version, rating history) alone; the register, its API and export filter by it, without
 * another organization's risks; risk treatment's migration V7 derives the same states from its tables.
 */
class RegisterTreatmentStateTest extends IntegrationTest {

	private TestOrg org;

	private TestUser manager;

	private TestUser owner;

	private TestOrg other;

	@BeforeEach
	void organizations() {
		org = fixtures().organization("Treatment state");
		manager = org.user(Role.ISMS_MANAGER);
		owner = org.user(Role.PROCESS_OWNER);
		other = fixtures().organization("Treatment state, other");
	}

	@Test
	void eachTreatmentActionMovesTheStateAndLeavesTheRisksVersionAndHistoryAlone() throws Exception {
		UUID risk = fixtures().as(manager, () -> ratedRisk("Ransomware encrypts the file server", owner));
		Api api = new Api(mvc, fixtures().token(manager));
		var before = api.get("/api/v1/risks/" + risk).andExpect(status().isOk()).andReturn().getResponse();
		String etag = before.getHeader("ETag");
		long version = Api.json(api.get("/api/v1/risks/" + risk)).get("version").asLong();
		int history = Api.json(api.get("/api/v1/risks/" + risk)).get("history").size();
		assertThat(state(risk)).isEqualTo(TreatmentState.UNTREATED);

		as(manager, () -> treatments().plan(risk, retain("the file server is backed up")));
		assertThat(state(risk)).isEqualTo(TreatmentState.PLANNED);
		as(manager, () -> acceptances().request(risk));
		assertThat(state(risk)).isEqualTo(TreatmentState.AWAITING_ACCEPTANCE);
		as(owner, () -> acceptances().decide(risk, false, "backups are not tested"));
		assertThat(state(risk)).isEqualTo(TreatmentState.PLANNED);

		String instance = as(manager, () -> acceptances().request(risk)).workflowInstanceId();
		assertThat(state(risk)).isEqualTo(TreatmentState.AWAITING_ACCEPTANCE);
		as(owner, () -> acceptances().decide(risk, true, "acceptable"));
		assertThat(state(risk)).isEqualTo(TreatmentState.ACCEPTED);

		// The acceptance runs out: expired, and the owner is asked again in the same run.
		expire(instance);
		assertThat(state(risk)).isEqualTo(TreatmentState.AWAITING_ACCEPTANCE);
		as(owner, () -> acceptances().decide(risk, true, "still acceptable"));
		assertThat(state(risk)).isEqualTo(TreatmentState.ACCEPTED);

		// A changed treatment withdraws the acceptance.
		as(manager, () -> treatments().plan(risk, retain("the file server is backed up and restored monthly")));
		assertThat(state(risk)).isEqualTo(TreatmentState.PLANNED);

		// None of it was an edit of the risk: same version, same history, and an edit on the version read first saves.
		assertThat(Api.json(api.get("/api/v1/risks/" + risk)).get("version").asLong()).isEqualTo(version);
		assertThat(api.get("/api/v1/risks/" + risk).andReturn().getResponse().getHeader("ETag")).isEqualTo(etag);
		assertThat(Api.json(api.get("/api/v1/risks/" + risk)).get("history").size()).isEqualTo(history);
		api.get("/api/v1/risks/" + risk).andExpect(jsonPath("$.treatment").value("PLANNED"));
		api.put("/api/v1/risks/" + risk, Map.of("title", "Ransomware encrypts the file server", "kind", "EVENT_BASED",
				"scenario", "cause", "ownerId", owner.id().toString()), etag).andExpect(status().isOk());

		// Closing the risk withdraws the request waiting for the owner (after the closure, through the registry).
		as(manager, () -> acceptances().request(risk));
		assertThat(state(risk)).isEqualTo(TreatmentState.AWAITING_ACCEPTANCE);
		as(manager, () -> context.getBean(RiskService.class).close(risk, "the file server was retired"));
		for (int i = 0; i < 100 && state(risk) != TreatmentState.PLANNED; i++) {
			Thread.sleep(100);
		}
		assertThat(state(risk)).isEqualTo(TreatmentState.PLANNED);
	}

	@Test
	void theApiAndTheExportFilterByTreatmentStateWithoutAnotherOrganizationsRisks() throws Exception {
		Map<TreatmentState, UUID> risks = oneRiskInEachState();
		UUID theirs = fixtures().as(other.user(Role.ISMS_MANAGER), () -> {
			UUID id = ratedRisk("Their accepted risk", other.user(Role.PROCESS_OWNER));
			treatments().plan(id, retain("fine"));
			acceptances().request(id);
			return id;
		});
		fixtures().as(other.user(Role.PROCESS_OWNER), () -> acceptances().decide(theirs, true, "ok"));
		Api viewer = new Api(mvc, fixtures().token(org.user(Role.VIEWER)));

		for (TreatmentState state : TreatmentState.values()) {
			viewer.get("/api/v1/risks?treatment=" + state).andExpect(status().isOk())
				.andExpect(jsonPath("$.totalItems").value(1))
				.andExpect(jsonPath("$.items[0].id").value(risks.get(state).toString()))
				.andExpect(jsonPath("$.items[0].treatment").value(state.name()));
			viewer.get("/api/v1/risks/" + risks.get(state)).andExpect(jsonPath("$.treatment").value(state.name()));
		}
		List<String> exported = viewer.get("/api/v1/risks/export?treatment=ACCEPTED").andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString().lines().toList();
		assertThat(exported.get(0)).endsWith(",reassessment_due,treatment");
		assertThat(exported.subList(1, exported.size())).singleElement().satisfies(line -> assertThat(line)
			.startsWith(risks.get(TreatmentState.ACCEPTED).toString()).endsWith(",ACCEPTED"));
		// Every state is exported as its name, the column the filter takes.
		assertThat(viewer.get("/api/v1/risks/export").andReturn().getResponse().getContentAsString().lines().skip(1)
			.map(line -> line.substring(line.lastIndexOf(',') + 1)))
			.containsExactlyInAnyOrder("UNTREATED", "PLANNED", "AWAITING_ACCEPTANCE", "ACCEPTED");
		viewer.get("/api/v1/risks?treatment=DONE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:ordo:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("treatment"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"must be one of UNTREATED, PLANNED, AWAITING_ACCEPTANCE, ACCEPTED (was \"DONE\")"));

		// Reported for another organization's risk, nothing is written: theirs stays accepted.
		assertThat(as(manager, () -> context.getBean(RiskAssessment.class).treatmentStateChanged(theirs,
				TreatmentState.UNTREATED))).isFalse();
		assertThat(fixtures().as(other.user(Role.VIEWER), () -> context.getBean(RiskAssessment.class).risk(theirs)
			.treatment())).isEqualTo(TreatmentState.ACCEPTED);

		// Risk treatment's migration V7 derives the same states from its tables as the reports made.
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		jdbc.update("update risk set treatment_state = 'UNTREATED' where organization_id in (?, ?)", org.id(),
				other.id());
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/risktreatment/V7__register_treatment_state.sql"))
			.execute(context.getBean(DataSource.class));
		context.getBean(KeptCounts.class).changed(org.id(), KeptCounts.Register.RISKS);
		risks.forEach((state, id) -> assertThat(state(id)).as("%s after the migration", state).isEqualTo(state));
		assertThat(fixtures().as(other.user(Role.VIEWER), () -> context.getBean(RiskAssessment.class).risk(theirs)
			.treatment())).isEqualTo(TreatmentState.ACCEPTED);
	}

	@Test
	void theRegisterPageHasATreatmentFilterKeptInItsLinks() throws Exception {
		Map<TreatmentState, UUID> risks = oneRiskInEachState();
		String page = mvc.perform(get("/risks").param("treatment", "AWAITING_ACCEPTANCE")
			.with(authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.VIEWER))))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("<select id=\"treatment\" name=\"treatment\">",
				"<option value=\"AWAITING_ACCEPTANCE\" selected=\"selected\">awaiting acceptance</option>",
				"<option value=\"ACCEPTED\">accepted</option>", "/risks/" + risks.get(TreatmentState.AWAITING_ACCEPTANCE));
		// The export and the other links of the page keep the filter.
		java.util.regex.Matcher export = java.util.regex.Pattern.compile("id=\"export-csv\" href=\"([^\"]*)\"")
			.matcher(page);
		assertThat(export.find()).isTrue();
		assertThat(export.group(1)).contains("treatment=AWAITING_ACCEPTANCE");
		assertThat(mvc.perform(get(export.group(1).replace("&amp;", "&"))
			.with(authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.VIEWER))))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString().lines().skip(1).toList())
			.hasSize(1).allSatisfy(line -> assertThat(line).startsWith(
					risks.get(TreatmentState.AWAITING_ACCEPTANCE).toString()));
		for (TreatmentState state : List.of(TreatmentState.UNTREATED, TreatmentState.PLANNED,
				TreatmentState.ACCEPTED)) {
			assertThat(page).doesNotContain("/risks/" + risks.get(state));
		}
		String all = mvc.perform(get("/risks")
			.with(authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.VIEWER))))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(all).contains("<option value=\"\">any</option>");
		risks.values().forEach(id -> assertThat(all).contains("/risks/" + id));
	}

	/** Four risks of {@code org}: untreated, planned, awaiting acceptance, accepted. */
	private Map<TreatmentState, UUID> oneRiskInEachState() {
		Map<TreatmentState, UUID> risks = new java.util.EnumMap<>(TreatmentState.class);
		List<UUID> ids = new ArrayList<>();
		fixtures().as(manager, () -> {
			for (String title : List.of("Laptop stolen", "Office flooded", "Supplier fails", "Phishing")) {
				ids.add(ratedRisk(title, owner));
			}
			treatments().plan(ids.get(1), retain("ground floor is dry"));
			treatments().plan(ids.get(2), retain("a second supplier"));
			acceptances().request(ids.get(2));
			treatments().plan(ids.get(3), retain("awareness training"));
			acceptances().request(ids.get(3));
		});
		fixtures().as(owner, () -> acceptances().decide(ids.get(3), true, "acceptable"));
		risks.put(TreatmentState.UNTREATED, ids.get(0));
		risks.put(TreatmentState.PLANNED, ids.get(1));
		risks.put(TreatmentState.AWAITING_ACCEPTANCE, ids.get(2));
		risks.put(TreatmentState.ACCEPTED, ids.get(3));
		return risks;
	}

	/** Fires the expiry timer of an accepted run and waits until the owner is asked again, with the task. */
	private void expire(String instance) throws Exception {
		ManagementService management = context.getBean(ManagementService.class);
		Job timer = management.createTimerJobQuery().processInstanceId(instance).singleResult();
		assertThat(timer).isNotNull();
		management.moveTimerToExecutableJob(timer.getId());
		TaskService tasks = context.getBean(TaskService.class);
		UUID risk = UUID.fromString(context.getBean(org.flowable.engine.RuntimeService.class)
			.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey());
		for (int i = 0; i < 300; i++) {
			if (state(risk) == TreatmentState.AWAITING_ACCEPTANCE
					&& tasks.createTaskQuery().processInstanceId(instance).count() > 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the acceptance was not requested again");
	}

	private UUID ratedRisk(String title, TestUser riskOwner) {
		UUID id = context.getBean(RiskService.class).identify(new RiskRequest(title, RiskKind.EVENT_BASED, null, null,
				null, null, "cause", null, riskOwner.id())).id();
		context.getBean(RiskService.class).rate(id, new RatingRequest(RatingKind.RESIDUAL, 1, 2, "after treatment"));
		return id;
	}

	private static TreatmentRequest retain(String rationale) {
		return new TreatmentRequest(TreatmentOption.RETAIN, rationale, List.of());
	}

	private TreatmentState state(UUID risk) {
		return fixtures().as(org.user(Role.VIEWER), () -> context.getBean(RiskAssessment.class).risk(risk).treatment());
	}

	private <T> T as(TestUser user, Supplier<T> work) {
		return fixtures().as(user, work);
	}

	private RiskTreatmentService treatments() {
		return context.getBean(RiskTreatmentService.class);
	}

	private AcceptanceService acceptances() {
		return context.getBean(AcceptanceService.class);
	}
}
