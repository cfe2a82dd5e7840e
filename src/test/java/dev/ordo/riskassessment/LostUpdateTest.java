package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.riskassessment.application.RiskCriteriaService;
import dev.ordo.shared.SavedConcurrently;
import dev.ordo.support.Api;
import dev.ordo.support.FirstSaveRace;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;

/**
 * Two people edit the same risk, asset or the risk criteria: the later save, made on the version the first one changed, is refused
 * instead of silently undoing it (API: {@code ETag} / {@code If-Match}, 412; pages: the form shown again).
 */
class LostUpdateTest extends IntegrationTest {

	TestOrg org;

	Api manager;

	@BeforeEach
	void setUp() {
		org = fixtures().organization("Lost update");
		manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
	}

	Map<String, Object> assetBody(String name) {
		return new HashMap<>(Map.of("name", name, "type", "SOFTWARE", "ownerId",
				org.user(Role.PROCESS_OWNER).id().toString(), "confidentiality", 3, "integrity", 2, "availability", 2,
				"authenticity", 1));
	}

	Map<String, Object> riskBody(String title) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("kind", "EVENT_BASED");
		body.put("scenario", "The payroll provider leaks salary data");
		body.put("ownerId", org.user(Role.PROCESS_OWNER).id().toString());
		return body;
	}

	@Test
	void aRiskChangedOnAnOlderVersionIsRefusedWith412AndNothingIsWritten() throws Exception {
		String id = Api.json(manager.post("/api/v1/risks", riskBody("Payroll leak")).andExpect(status().isCreated()))
			.get("id").asString();
		String read = manager.get("/api/v1/risks/" + id).andExpect(status().isOk())
			.andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(read).matches("\"\\d+\"");

		// Alice saves on the version she read: accepted, and the entity tag moves on.
		String afterAlice = manager.put("/api/v1/risks/" + id, riskBody("Payroll data leaked by provider"), read)
			.andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Payroll data leaked by provider"))
			.andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(afterAlice).isNotEqualTo(read);
		manager.get("/api/v1/risks/" + id).andExpect(header().string(HttpHeaders.ETAG, afterAlice))
			.andExpect(jsonPath("$.version").value(Long.parseLong(afterAlice.replace("\"", ""))));

		// Bob saves on the version he read before Alice's change: refused, her title stays.
		manager.put("/api/v1/risks/" + id, riskBody("Payroll leak (Bob)"), read)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.title").value("Changed since you read it"))
			.andExpect(jsonPath("$.detail").value(containsString("changed by someone else")))
			.andExpect(jsonPath("$.currentVersion").value(Long.parseLong(afterAlice.replace("\"", ""))))
			.andExpect(header().string(HttpHeaders.ETAG, afterAlice));
		manager.get("/api/v1/risks/" + id).andExpect(jsonPath("$.title").value("Payroll data leaked by provider"));

		// A rating is a change of the risk too.
		manager.post("/api/v1/risks/" + id + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 2, "consequence", 2, "reason", "first look"))
			.andExpect(status().isOk());
		manager.put("/api/v1/risks/" + id, riskBody("Stale"), afterAlice).andExpect(status().isPreconditionFailed());

		// Not a tag Ordo sent: a field error on the header. No If-Match (or *): the change is made as before.
		manager.put("/api/v1/risks/" + id, riskBody("Malformed"), "version-3").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));
		manager.put("/api/v1/risks/" + id, riskBody("Any version"), "*").andExpect(status().isOk());
		manager.put("/api/v1/risks/" + id, riskBody("Unconditional"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Unconditional"));
	}

	@Test
	void anAssetChangedOnAnOlderVersionIsRefusedWith412() throws Exception {
		Map<String, Object> body = assetBody("HR portal");
		String id = Api.json(manager.post("/api/v1/assets", body).andExpect(status().isCreated())).get("id")
			.asString();
		String read = manager.get("/api/v1/assets/" + id).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		body.put("name", "HR self-service portal");
		manager.put("/api/v1/assets/" + id, body, read).andExpect(status().isOk());
		body.put("name", "HR portal (stale)");
		manager.put("/api/v1/assets/" + id, body, read).andExpect(status().isPreconditionFailed());
		manager.get("/api/v1/assets/" + id).andExpect(jsonPath("$.name").value("HR self-service portal"));

		// The asset form carries the version it was opened on, too.
		RequestPostProcessor asManager = authentication(
				OrdoAuthentication.of(fixtures().principal(org.user(Role.ISMS_MANAGER))));
		assertThat(mvc.perform(post("/assets/" + id).with(asManager).with(csrf())
			.param("version", read.replace("\"", "")).param("name", "HR portal (stale form)").param("type", "SOFTWARE")
			.param("ownerId", org.user(Role.PROCESS_OWNER).id().toString()).param("confidentiality", "3")
			.param("integrity", "2").param("availability", "2").param("authenticity", "1"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("The asset was changed by someone else");
		manager.get("/api/v1/assets/" + id).andExpect(jsonPath("$.name").value("HR self-service portal"));
	}

	@Test
	void theEditFormShowsTheOtherChangeAndKeepsTheInputAndSavingAgainOverwrites() throws Exception {
		String id = Api.json(manager.post("/api/v1/risks", riskBody("Laptop stolen")).andExpect(status().isCreated()))
			.get("id").asString();
		RequestPostProcessor asManager = authentication(
				OrdoAuthentication.of(fixtures().principal(org.user(Role.ISMS_MANAGER))));
		String form = mvc.perform(get("/risks/" + id + "/edit").with(asManager)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String opened = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		assertThat(opened).matches("\\d+");

		// Someone else changes the risk while the form is open.
		manager.put("/api/v1/risks/" + id, riskBody("Laptop stolen from a car")).andExpect(status().isOk());

		String shown = mvc.perform(post("/risks/" + id).with(asManager).with(csrf()).param("version", opened)
			.param("title", "Laptop stolen on a train").param("kind", "EVENT_BASED")
			.param("scenario", "The payroll provider leaks salary data")
			.param("ownerId", org.user(Role.PROCESS_OWNER).id().toString()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("was changed by someone else after you opened this form")
			.contains("value=\"Laptop stolen on a train\"")
			.doesNotContain("name=\"version\" value=\"" + opened + "\"");
		manager.get("/api/v1/risks/" + id).andExpect(jsonPath("$.title").value("Laptop stolen from a car"));

		// Saved again from the form as shown, the change overwrites on purpose.
		String current = shown.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		mvc.perform(post("/risks/" + id).with(asManager).with(csrf()).param("version", current)
			.param("title", "Laptop stolen on a train").param("kind", "EVENT_BASED")
			.param("scenario", "The payroll provider leaks salary data")
			.param("ownerId", org.user(Role.PROCESS_OWNER).id().toString()))
			.andExpect(redirectedUrl("/risks/" + id));
		manager.get("/api/v1/risks/" + id).andExpect(jsonPath("$.title").value("Laptop stolen on a train"));
	}

	/**
	 * A form shown again for a wrong value keeps the version it was opened on: a change made meanwhile is not
	 * overwritten when the corrected form is saved, it is reported.
	 */
	@Test
	void aFormShownAgainForAWrongValueKeepsTheVersionItWasOpenedOn() throws Exception {
		Map<String, Object> body = assetBody("Payroll");
		String id = Api.json(manager.post("/api/v1/assets", body).andExpect(status().isCreated())).get("id")
			.asString();
		RequestPostProcessor asManager = authentication(
				OrdoAuthentication.of(fixtures().principal(org.user(Role.ISMS_MANAGER))));
		String opened = mvc.perform(get("/assets/" + id + "/edit").with(asManager)).andReturn().getResponse()
			.getContentAsString().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		assertThat(opened).matches("\\d+");
		body.put("name", "Payroll system");
		manager.put("/api/v1/assets/" + id, body).andExpect(status().isOk());

		// A typo (not a number) while someone else saved: the form comes back for the typo, on the old version.
		String typo = mvc.perform(post("/assets/" + id).with(asManager).with(csrf()).param("version", opened)
			.param("name", "Payroll (HR)").param("type", "SOFTWARE").param("confidentiality", "three"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(typo).contains("name=\"version\" value=\"" + opened + "\"")
			.doesNotContain("was changed by someone else");
		// Corrected and saved: the other change is reported, not overwritten.
		assertThat(mvc.perform(post("/assets/" + id).with(asManager).with(csrf()).param("version", opened)
			.param("name", "Payroll (HR)").param("type", "SOFTWARE").param("confidentiality", "3"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("The asset was changed by someone else");
		manager.get("/api/v1/assets/" + id).andExpect(jsonPath("$.name").value("Payroll system"));
	}

	static List<Map<String, String>> likelihood(String... names) {
		return java.util.Arrays.stream(names).map(n -> Map.of("name", n, "description", "about " + n)).toList();
	}

	@Test
	void riskCriteriaChangedOnAnOlderVersionAreRefusedWith412AndNothingIsReMapped() throws Exception {
		String defaults = manager.get("/api/v1/risk-criteria").andExpect(status().isOk())
			.andExpect(jsonPath("$.defaults").value(true)).andExpect(jsonPath("$.version").value(0)).andReturn()
			.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(defaults).isEqualTo("\"0\"");
		String risk = Api.json(manager.post("/api/v1/risks", riskBody("Server room flooded"))
			.andExpect(status().isCreated())).get("id").asString();
		manager.post("/api/v1/risks/" + risk + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 4, "consequence", 4, "reason", "first look"))
			.andExpect(status().isOk());

		// Alice sets a threshold on the defaults she read; Bob, on the same defaults, would shrink the scale.
		String alice = manager.put("/api/v1/risk-criteria", Map.of("acceptanceThreshold", 3, "reason", "Alice"), defaults)
			.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1)).andReturn().getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(alice).isEqualTo("\"1\"");
		manager.put("/api/v1/risk-criteria", Map.of("likelihood", likelihood("Rare", "Possible", "Likely"), "reason", "Bob"),
				defaults)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.detail").value(containsString("risk criteria was changed by someone else")))
			.andExpect(jsonPath("$.currentVersion").value(1)).andExpect(header().string(HttpHeaders.ETAG, alice));
		manager.get("/api/v1/risk-criteria").andExpect(header().string(HttpHeaders.ETAG, alice))
			.andExpect(jsonPath("$.acceptanceThreshold").value(3)).andExpect(jsonPath("$.likelihood.length()").value(5));
		manager.get("/api/v1/risks/" + risk).andExpect(jsonPath("$.current.likelihood").value(4));

		manager.put("/api/v1/risk-criteria", Map.of("acceptanceThreshold", 2, "reason", "x"), "\"1").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));
		manager.put("/api/v1/risk-criteria", Map.of("acceptanceThreshold", 2, "reason", "Alice again"), alice).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
		manager.put("/api/v1/risk-criteria", Map.of("acceptanceThreshold", 3, "reason", "unconditional"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(3));
	}

	@Test
	void theCriteriaFormsShowTheMessageWithTheCurrentCriteriaAndSavingAgainOverwrites() throws Exception {
		RequestPostProcessor asManager = authentication(
				OrdoAuthentication.of(fixtures().principal(org.user(Role.ISMS_MANAGER))));
		String page = mvc.perform(get("/risks/criteria").with(asManager)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		String opened = page.replaceAll("(?s).*id=\"criteria-version\" name=\"version\" value=\"(\\d+)\".*", "$1");
		assertThat(opened).isEqualTo("0");
		assertThat(page).contains("id=\"interval-version\" name=\"version\" value=\"0\"");

		// Another ISMS manager renames the likelihood levels meanwhile.
		manager.put("/api/v1/risk-criteria",
				Map.of("likelihood", likelihood("Seldom", "Unlikely", "Possible", "Probable", "Frequent"), "reason",
						"our wording"))
			.andExpect(status().isOk());

		List<String> mine = List.of("Rare", "Occasional", "Possible", "Likely", "Almost certain");
		String shown = mvc.perform(RiskCriteriaPageTest.form("/risks/criteria", mine,
				RiskCriteriaPageTest.DEFAULT_MATRIX, "my scales").param("version", opened).with(asManager))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("The risk criteria was changed by someone else after you opened this form")
			// the criteria in force above the form, the input kept in it
			.contains("<strong>Frequent</strong>").contains("value=\"Almost certain\"");
		manager.get("/api/v1/risk-criteria").andExpect(jsonPath("$.likelihood[4].name").value("Frequent"));

		String interval = mvc.perform(post("/risks/criteria/reassessment-interval").with(asManager).with(csrf())
			.param("version", opened).param("reassessmentIntervalDays", "90")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(interval).contains("The risk criteria was changed by someone else after you opened this form");
		manager.get("/api/v1/risk-criteria").andExpect(jsonPath("$.reassessmentIntervalDays").doesNotExist());

		String current = shown.replaceAll("(?s).*id=\"criteria-version\" name=\"version\" value=\"(\\d+)\".*", "$1");
		assertThat(current).isEqualTo("1");
		mvc.perform(RiskCriteriaPageTest.form("/risks/criteria", mine, RiskCriteriaPageTest.DEFAULT_MATRIX,
				"my scales").param("version", current).with(asManager)).andExpect(redirectedUrl("/risks/criteria"));
		manager.get("/api/v1/risk-criteria").andExpect(jsonPath("$.likelihood[4].name").value("Almost certain"));
	}

	/** Two ISMS managers change Ordo's default criteria at once: the later one is told, nothing is a 500. */
	@Test
	void twoFirstChangesOfTheCriteriaAtOnceGiveAConflictNotAServerError() {
		RiskCriteriaService criteria = context.getBean(RiskCriteriaService.class);
		Throwable later = fixtures().as(org.user(Role.ISMS_MANAGER), () -> FirstSaveRace.later(context,
				() -> assertThat(criteria.view().defaults()).isTrue(),
				() -> criteria.change(threshold(3)), () -> criteria.change(threshold(1))));
		assertThat(later).isInstanceOf(SavedConcurrently.class).hasMessageContaining("risk criteria");
		assertThat(fixtures().as(org.user(Role.ISMS_MANAGER), () -> criteria.view()).acceptanceThreshold())
			.isEqualTo(3);
	}

	static RiskCriteriaRequest threshold(int level) {
		return new RiskCriteriaRequest(null, null, null, null, null, level, null, null, "threshold " + level);
	}
}
