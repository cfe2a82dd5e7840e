package dev.ordo.risktreatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.risktreatment.application.RiskTreatmentService;
import dev.ordo.risktreatment.application.SoaService;
import dev.ordo.shared.SavedConcurrently;
import dev.ordo.support.Api;
import dev.ordo.support.FirstSaveRace;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;

/**
 * Two people edit the same treatment, plan item or scope statement: the later save, made on the version the first
 * one changed, is refused instead of silently undoing it (API: {@code ETag} / {@code If-Match}, 412; pages: the form
 * shown again with the message); two first statements of the scope at the same moment give a conflict, not a 500.
 */
class TreatmentLostUpdateTest extends IntegrationTest {

	TestOrg org;

	Api manager;

	String riskId;

	RequestPostProcessor asManager;

	@BeforeEach
	void setUp() throws Exception {
		org = fixtures().organization("Treatment lost update");
		manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		asManager = authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.ISMS_MANAGER))));
		riskId = Api.json(manager.post("/api/v1/risks", Map.of("title", "Ransomware on the file server", "kind",
				"EVENT_BASED", "scenario", "A phishing mail encrypts the shares", "ownerId",
				org.user(Role.PROCESS_OWNER).id().toString())).andExpect(status().isCreated())).get("id").asString();
	}

	static Map<String, Object> treatment(String rationale) {
		return Map.of("option", "MODIFY", "rationale", rationale, "controls",
				List.of(Map.of("catalog", "iso27001-2022", "controlId", "A.8.13")));
	}

	Map<String, Object> item(String title, String status) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("ownerId", org.user(Role.PROCESS_OWNER).id().toString());
		body.put("dueDate", "2030-03-31");
		body.put("status", status);
		return body;
	}

	static long version(String etag) {
		return Long.parseLong(etag.replace("\"", ""));
	}

	static String formVersion(String html, String id) {
		String found = html.replaceAll("(?s).*id=\"" + id + "\" name=\"version\" value=\"(\\d+)\".*", "$1");
		assertThat(found).as("version of " + id).matches("\\d+");
		return found;
	}

	@Test
	void aTreatmentChangedOnAnOlderVersionIsRefusedWith412() throws Exception {
		String path = "/api/v1/risks/" + riskId + "/treatment";
		// No treatment yet: version 0, and a first save made on it is refused once someone else saved one.
		String none = manager.get(path).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0))
			.andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(none).isEqualTo("\"0\"");
		String first = manager.put(path, treatment("Backups kept offline"), none).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(first).isEqualTo("\"1\"");
		manager.put(path, treatment("Backups somewhere (stale)"), none).andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.title").value("Changed since you read it"))
			.andExpect(jsonPath("$.detail").value(containsString("treatment was changed by someone else")))
			.andExpect(jsonPath("$.currentVersion").value(1)).andExpect(header().string(HttpHeaders.ETAG, first));

		String second = manager.put(path, treatment("Backups kept offline and tested"), first)
			.andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(version(second)).isGreaterThan(version(first));
		manager.get(path).andExpect(header().string(HttpHeaders.ETAG, second))
			.andExpect(jsonPath("$.version").value(version(second)));
		manager.put(path, treatment("Stale"), first).andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.currentVersion").value(version(second)));
		manager.get(path).andExpect(jsonPath("$.rationale").value("Backups kept offline and tested"));

		manager.put(path, treatment("Malformed"), "v1").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));
		manager.put(path, treatment("Unconditional")).andExpect(status().isOk())
			.andExpect(jsonPath("$.rationale").value("Unconditional"));
	}

	@Test
	void theTreatmentFormShowsTheMessageKeepsTheInputAndSavingAgainOverwrites() throws Exception {
		String page = mvc.perform(get("/risks/" + riskId + "/treatment").with(asManager)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String opened = formVersion(page, "version");
		assertThat(opened).isEqualTo("0");
		manager.put("/api/v1/risks/" + riskId + "/treatment", treatment("Someone else's rationale"))
			.andExpect(status().isOk());

		String shown = mvc.perform(post("/risks/" + riskId + "/treatment").with(asManager).with(csrf())
			.param("version", opened).param("option", "MODIFY").param("rationale", "My rationale")
			.param("annexControls", "A.8.13")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(shown).contains("The treatment was changed by someone else after you opened this form")
			.contains("My rationale");
		manager.get("/api/v1/risks/" + riskId + "/treatment")
			.andExpect(jsonPath("$.rationale").value("Someone else's rationale"));

		String current = formVersion(shown, "version");
		assertThat(current).isNotEqualTo(opened);
		mvc.perform(post("/risks/" + riskId + "/treatment").with(asManager).with(csrf()).param("version", current)
			.param("option", "MODIFY").param("rationale", "My rationale").param("annexControls", "A.8.13"))
			.andExpect(redirectedUrlPattern("/risks/*/treatment"));
		manager.get("/api/v1/risks/" + riskId + "/treatment").andExpect(jsonPath("$.rationale").value("My rationale"));
	}

	@Test
	void aPlanItemChangedOrRemovedOnAnOlderVersionIsRefusedWith412() throws Exception {
		String itemId = Api.json(manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items",
				item("Offline backup", "PLANNED")).andExpect(status().isCreated())).get("id").asString();
		String path = "/api/v1/treatment-plan-items/" + itemId;
		String read = manager.get(path).andExpect(status().isOk()).andReturn().getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(read).matches("\"\\d+\"");

		String after = manager.put(path, item("Offline backup, weekly", "IN_PROGRESS"), read)
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS")).andReturn()
			.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(version(after)).isGreaterThan(version(read));
		manager.get(path).andExpect(jsonPath("$.version").value(version(after)));
		manager.put(path, item("Offline backup (stale)", "PLANNED"), read).andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.detail").value(containsString("plan item was changed by someone else")))
			.andExpect(jsonPath("$.currentVersion").value(version(after)));
		manager.put(path, item("Malformed", "PLANNED"), "\"1\", \"2\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));

		// A removal decided on what the item no longer says is refused too; on the current version it is made.
		manager.call(HttpMethod.DELETE, path + "?reason=duplicate", null, read)
			.andExpect(status().isPreconditionFailed());
		manager.get(path).andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Offline backup, weekly"));
		manager.call(HttpMethod.DELETE, path + "?reason=duplicate", null, after).andExpect(status().isNoContent());
		manager.get(path).andExpect(status().isNotFound());
	}

	@Test
	void thePlanItemFormsShowTheMessageAndSavingAgainOverwrites() throws Exception {
		String itemId = Api.json(manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items",
				item("Offline backup", "PLANNED")).andExpect(status().isCreated())).get("id").asString();
		String edit = mvc.perform(get("/risks/" + riskId + "/treatment/plan-items/" + itemId + "/edit")
			.with(asManager)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String opened = formVersion(edit, "version-" + itemId);
		String removal = mvc.perform(get("/risks/" + riskId + "/treatment/plan-items/" + itemId + "/remove")
			.with(asManager)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(formVersion(removal, "removal-version-" + itemId)).isEqualTo(opened);

		manager.put("/api/v1/treatment-plan-items/" + itemId, item("Offline backup by the provider", "PLANNED"))
			.andExpect(status().isOk());

		String shown = mvc.perform(post("/risks/" + riskId + "/treatment/plan-items/" + itemId).with(asManager)
			.with(csrf()).param("version", opened).param("title", "Offline backup on tape").param("status", "PLANNED"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("The plan item was changed by someone else after you opened this form")
			.contains("value=\"Offline backup on tape\"");
		String current = formVersion(shown, "version-" + itemId);
		assertThat(current).isNotEqualTo(opened);

		String refused = mvc.perform(post("/risks/" + riskId + "/treatment/plan-items/" + itemId + "/removal")
			.with(asManager).with(csrf()).param("version", opened).param("reason", "not needed"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("The plan item was changed by someone else after you opened this form");
		manager.get("/api/v1/treatment-plan-items/" + itemId).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Offline backup by the provider"));

		mvc.perform(post("/risks/" + riskId + "/treatment/plan-items/" + itemId).with(asManager).with(csrf())
			.param("version", current).param("title", "Offline backup on tape").param("status", "PLANNED"))
			.andExpect(redirectedUrlPattern("/risks/*/treatment*"));
		manager.get("/api/v1/treatment-plan-items/" + itemId)
			.andExpect(jsonPath("$.title").value("Offline backup on tape"));
	}

	@Test
	void theScopeStatementChangedOnAnOlderVersionIsRefusedWith412() throws Exception {
		String none = manager.get("/api/v1/soa/scope").andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(none).isEqualTo("\"0\"");
		String first = manager.put("/api/v1/soa/scope", Map.of("statement", "The head office"), none)
			.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1)).andReturn().getResponse()
			.getHeader(HttpHeaders.ETAG);
		manager.put("/api/v1/soa/scope", Map.of("statement", "Everything (stale)"), none)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.detail").value(containsString("scope statement was changed by someone else")))
			.andExpect(jsonPath("$.currentVersion").value(1));
		String second = manager.put("/api/v1/soa/scope", Map.of("statement", "The head office and the branches"),
				first).andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(version(second)).isEqualTo(2);
		manager.get("/api/v1/soa/scope").andExpect(header().string(HttpHeaders.ETAG, second))
			.andExpect(jsonPath("$.statement").value("The head office and the branches"));
		manager.put("/api/v1/soa/scope", Map.of("statement", "x"), "W/\"x\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));
		manager.put("/api/v1/soa/scope", Map.of("statement", "Anything goes")).andExpect(status().isOk());
	}

	@Test
	void theScopeFormShowsTheMessageAndSavingAgainOverwrites() throws Exception {
		String page = mvc.perform(get("/soa").with(asManager)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		String opened = formVersion(page, "scope-version");
		manager.put("/api/v1/soa/scope", Map.of("statement", "Stated by someone else")).andExpect(status().isOk());

		String shown = mvc.perform(post("/soa/scope").with(asManager).with(csrf()).param("version", opened)
			.param("statement", "My statement")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(shown).contains("The scope statement was changed by someone else after you opened this form")
			.contains("My statement</textarea>");
		manager.get("/api/v1/soa/scope").andExpect(jsonPath("$.statement").value("Stated by someone else"));

		mvc.perform(post("/soa/scope").with(asManager).with(csrf()).param("version", formVersion(shown, "scope-version"))
			.param("statement", "My statement")).andExpect(redirectedUrlPattern("/soa*"));
		manager.get("/api/v1/soa/scope").andExpect(jsonPath("$.statement").value("My statement"));
	}

	/** Two ISMS managers state the scope for the first time at once: the later one is told, nothing is a 500. */
	@Test
	void twoFirstStatementsOfTheScopeAtOnceGiveAConflictNotAServerError() {
		SoaService soa = context.getBean(SoaService.class);
		Throwable later = fixtures().as(org.user(Role.ISMS_MANAGER), () -> FirstSaveRace.later(context,
				() -> assertThat(soa.scope().statement()).isNull(),
				() -> soa.stateScope(new IsmsScopeRequest("Alice's scope")),
				() -> soa.stateScope(new IsmsScopeRequest("Bob's scope"))));
		assertThat(later).isInstanceOf(SavedConcurrently.class)
			.hasMessageContaining("Someone else saved the scope statement for the first time at the same moment");
		assertThat(fixtures().as(org.user(Role.ISMS_MANAGER), () -> soa.scope()).statement()).isEqualTo("Alice's scope");
	}

	@Test
	void twoFirstTreatmentsOfARiskAtOnceGiveAConflictNotAServerError() {
		RiskTreatmentService treatments = context.getBean(RiskTreatmentService.class);
		UUID risk = UUID.fromString(riskId);
		TreatmentRequest retain = new TreatmentRequest(TreatmentOption.RETAIN, "Accepted as it is", List.of());
		Throwable later = fixtures().as(org.user(Role.ISMS_MANAGER), () -> FirstSaveRace.later(context,
				() -> assertThat(treatments.treatment(risk).version()).isZero(),
				() -> treatments.plan(risk, new TreatmentRequest(TreatmentOption.AVOID, "Stop the file server",
						List.of())),
				() -> treatments.plan(risk, retain)));
		assertThat(later).isInstanceOf(SavedConcurrently.class).hasMessageContaining("treatment");
		assertThat(fixtures().as(org.user(Role.ISMS_MANAGER), () -> treatments.treatment(risk)).option())
			.isEqualTo(TreatmentOption.AVOID);
	}
}
