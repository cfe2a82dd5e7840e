package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

import dev.ordo.identity.Role;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;

class RiskAssessmentApiTest extends IntegrationTest {

	TestOrg org;

	Api manager;

	Api viewer;

	@BeforeEach
	void setUp() {
		org = fixtures().organization("Risk API");
		manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		viewer = new Api(mvc, fixtures().token(org.user(Role.VIEWER)));
	}

	Map<String, Object> asset(String name, String type, int c, int i, int a, int au) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("type", type);
		body.put("ownerId", org.user(Role.PROCESS_OWNER).id().toString());
		body.put("classification", "internal");
		body.put("confidentiality", c);
		body.put("integrity", i);
		body.put("availability", a);
		body.put("authenticity", au);
		return body;
	}

	String create(Map<String, Object> body) throws Exception {
		return Api.json(manager.post("/api/v1/assets", body).andExpect(status().isCreated())).get("id").asString();
	}

	@Test
	void assetsAreCreatedReadChangedAndRemoved() throws Exception {
		String id = create(asset("CRM", "SOFTWARE", 3, 2, 2, 1));
		manager.get("/api/v1/assets/" + id).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("CRM"))
			.andExpect(jsonPath("$.owner.displayName").value("Risk API Process owner"))
			.andExpect(jsonPath("$.protection[0].goal").value("CONFIDENTIALITY"))
			.andExpect(jsonPath("$.protection[0].effective").value(3));
		var changed = asset("CRM (SaaS)", "SERVICE", 4, 2, 2, 1);
		manager.put("/api/v1/assets/" + id, changed).andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("SERVICE"))
			.andExpect(jsonPath("$.protection[0].own").value(4));
		viewer.get("/api/v1/assets?q=saas").andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].name").value("CRM (SaaS)"));
		viewer.post("/api/v1/assets", asset("x", "SOFTWARE", 1, 1, 1, 1)).andExpect(status().isForbidden());
		manager.call(HttpMethod.DELETE, "/api/v1/assets/" + id, null)
			.andExpect(status().isNoContent());
		manager.get("/api/v1/assets/" + id).andExpect(status().isNotFound());
		manager.get("/api/v1/assets/not-a-uuid").andExpect(status().isNotFound());
	}

	@Test
	void invalidAssetsGetProblemDetailsWithFieldErrors() throws Exception {
		Map<String, Object> body = asset(" ", null, 5, 0, 1, 1);
		body.put("ownerId", java.util.UUID.randomUUID().toString());
		JsonNode problem = Api.json(manager.post("/api/v1/assets", body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:ordo:problem:validation")));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "type",
				"ownerId", "confidentiality", "integrity");
	}

	@Test
	void protectionNeedsAreInheritedAlongDependenciesAndCyclesAreRefused() throws Exception {
		String process = create(asset("Order handling", "BUSINESS_PROCESS", 3, 3, 4, 2));
		String app = create(asset("Shop application", "SOFTWARE", 2, 2, 2, 1));
		String server = create(asset("Web server", "HARDWARE", 1, 1, 1, 1));
		manager.post("/api/v1/assets/" + app + "/dependencies", Map.of("supportedAssetId", process))
			.andExpect(status().isOk()).andExpect(jsonPath("$.supports[0].name").value("Order handling"));
		manager.post("/api/v1/assets/" + server + "/dependencies", Map.of("supportedAssetId", app))
			.andExpect(status().isOk());
		manager.get("/api/v1/assets/" + server).andExpect(status().isOk())
			.andExpect(jsonPath("$.protection[2].goal").value("AVAILABILITY"))
			.andExpect(jsonPath("$.protection[2].own").value(1))
			.andExpect(jsonPath("$.protection[2].effective").value(4))
			.andExpect(jsonPath("$.protection[2].sourceAssetName").value("Order handling"));
		manager.post("/api/v1/assets/" + process + "/dependencies", Map.of("supportedAssetId", server))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("supportedAssetId"));
		// Lowering the process's need flows down at once.
		manager.put("/api/v1/assets/" + process, asset("Order handling", "BUSINESS_PROCESS", 3, 3, 2, 2))
			.andExpect(status().isOk());
		manager.get("/api/v1/assets?sort=protection&size=10").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].name").value("Order handling"));
		manager.get("/api/v1/assets/" + server).andExpect(jsonPath("$.protection[2].effective").value(2))
			.andExpect(jsonPath("$.protection[2].sourceAssetName").value("Shop application"));
		manager.call(HttpMethod.DELETE,
				"/api/v1/assets/" + server + "/dependencies/" + app, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.protection[2].effective").value(1));
	}

	@Test
	void risksAreIdentifiedRatedPrioritizedAndMappedOnTheHeatMap() throws Exception {
		String crm = create(asset("CRM", "SOFTWARE", 3, 2, 2, 1));
		Map<String, Object> risk = new HashMap<>();
		risk.put("title", "Ransomware on the CRM");
		risk.put("kind", "ASSET_BASED");
		risk.put("assetId", crm);
		risk.put("threatKey", "T-MALWARE");
		risk.put("vulnerabilityKey", "V-PATCH");
		risk.put("consequenceCategory", "Operational");
		risk.put("ownerId", org.user(Role.PROCESS_OWNER).id().toString());
		JsonNode created = Api.json(manager.post("/api/v1/risks", risk).andExpect(status().isCreated()));
		String id = created.get("id").asString();
		assertThat(created.get("threatName").asString()).isEqualTo("Malicious software");
		manager.post("/api/v1/risks/" + id + "/ratings",
				Map.of("kind", "INHERENT", "likelihood", 4, "consequence", 5, "reason", "no controls assumed"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.inherent.level").value(5));
		manager.post("/api/v1/risks/" + id + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 3, "consequence", 4, "reason", "backups and EDR in place"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current.level").value(4))
			.andExpect(jsonPath("$.current.levelName").value("High"))
			.andExpect(jsonPath("$.current.acceptable").value(false));
		Map<String, Object> event = new HashMap<>();
		event.put("title", "Key supplier insolvent");
		event.put("kind", "EVENT_BASED");
		event.put("scenario", "Our hosting provider goes out of business within a month");
		event.put("ownerId", org.user(Role.ISMS_MANAGER).id().toString());
		String low = Api.json(manager.post("/api/v1/risks", event).andExpect(status().isCreated())).get("id").asString();
		manager.post("/api/v1/risks/" + low + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 1, "consequence", 2, "reason", "two providers"))
			.andExpect(status().isOk());

		viewer.get("/api/v1/risks").andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].title").value("Ransomware on the CRM"))
			.andExpect(jsonPath("$.items[0].priorityLevelName").value("High"))
			.andExpect(jsonPath("$.items[0].assetName").value("CRM"))
			.andExpect(jsonPath("$.items[1].acceptable").value(true));
		viewer.get("/api/v1/risks?kind=EVENT_BASED").andExpect(jsonPath("$.totalItems").value(1));
		viewer.get("/api/v1/risks?minLevel=3&sort=title").andExpect(jsonPath("$.totalItems").value(1));
		viewer.get("/api/v1/risks?size=500").andExpect(jsonPath("$.size").value(100));
		viewer.get("/api/v1/risks/heatmap").andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("CURRENT"))
			.andExpect(jsonPath("$.cells[2][3]").value(1))
			.andExpect(jsonPath("$.cells[0][1]").value(1))
			.andExpect(jsonPath("$.levels[2][3]").value(4))
			.andExpect(jsonPath("$.unrated").value(0));
		viewer.get("/api/v1/risks/heatmap?kind=INHERENT").andExpect(jsonPath("$.cells[3][4]").value(1))
			.andExpect(jsonPath("$.unrated").value(1));
		// From a heat map cell to its risks: the register filtered by the cell counts what the cell counts.
		JsonNode cells = Api.json(viewer.get("/api/v1/risks/heatmap")).get("cells");
		for (int l = 0; l < cells.size(); l++) {
			for (int c = 0; c < cells.get(l).size(); c++) {
				viewer.get("/api/v1/risks?likelihood=" + (l + 1) + "&consequence=" + (c + 1))
					.andExpect(jsonPath("$.totalItems").value(cells.get(l).get(c).asLong()));
			}
		}
		viewer.get("/api/v1/risks?rating=CURRENT&likelihood=3&consequence=4")
			.andExpect(jsonPath("$.items[0].title").value("Ransomware on the CRM"));
		viewer.get("/api/v1/risks?rating=INHERENT&likelihood=4&consequence=5")
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].title").value("Ransomware on the CRM"));
		viewer.get("/api/v1/risks?rating=RESIDUAL&likelihood=3&consequence=4").andExpect(jsonPath("$.totalItems").value(0));
		viewer.get("/api/v1/risks?likelihood=6&consequence=1").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("likelihood"))
			.andExpect(jsonPath("$.errors[0].message").value("must be a level of the likelihood scale (1 to 5)"));
		viewer.get("/api/v1/risks?likelihood=2").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consequence"));
		viewer.get("/api/v1/risks/export?likelihood=3&consequence=0").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consequence"));
		JsonNode history = Api.json(viewer.get("/api/v1/risks/" + id + "/history").andExpect(status().isOk()));
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("reason").asString()).isEqualTo("backups and EDR in place");
		assertThat(history.get(0).get("ratedBy").get("userId").asString())
			.isEqualTo(org.user(Role.ISMS_MANAGER).id().toString());
		String csv = viewer.get("/api/v1/risks/export").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(csv.split("\r\n")).hasSize(3);
		assertThat(csv.split("\r\n")[1]).startsWith(id + ",Ransomware on the CRM,ASSET_BASED,,CRM,T-MALWARE,V-PATCH")
			.endsWith(",4,5,Very high,3,4,High,,,,false,false,UNTREATED");
		// An asset with risks cannot be removed.
		manager.call(HttpMethod.DELETE, "/api/v1/assets/" + crm, null)
			.andExpect(status().isConflict());
	}

	@Test
	void listFiltersOutsideTheScalesAreRejectedNamingTheField() throws Exception {
		JsonNode problem = Api.json(viewer.get("/api/v1/risks?minLevel=9").andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("minLevel");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo(
				"must be a risk level of the criteria (1 to 5)");
		viewer.get("/api/v1/risks?minLevel=0").andExpect(status().isBadRequest());
		viewer.get("/api/v1/risks?minLevel=5").andExpect(status().isOk());
		problem = Api.json(viewer.get("/api/v1/assets?minProtection=7").andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("minProtection");
		viewer.get("/api/v1/assets?minProtection=4").andExpect(status().isOk());
	}

	@Test
	void invalidRisksAndRatingsAreRejectedWithFieldErrors() throws Exception {
		JsonNode problem = Api.json(manager.post("/api/v1/risks", Map.of("kind", "ASSET_BASED", "threatKey", "nope"))
			.andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).contains("title", "ownerId", "assetId",
				"threatKey", "vulnerabilityKey");
		Map<String, Object> event = Map.of("title", "Flood", "kind", "EVENT_BASED", "scenario", "River floods",
				"ownerId", org.user(Role.ISMS_MANAGER).id().toString());
		String id = Api.json(manager.post("/api/v1/risks", event)).get("id").asString();
		JsonNode rating = Api.json(manager.post("/api/v1/risks/" + id + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 6, "consequence", 0)).andExpect(status().isBadRequest()));
		assertThat(rating.get("errors").findValuesAsString("field")).containsExactly("likelihood", "consequence",
				"reason");
		manager.get("/api/v1/risks/" + java.util.UUID.randomUUID()).andExpect(status().isNotFound());
		manager.post("/api/v1/risks/" + java.util.UUID.randomUUID() + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 1, "consequence", 1, "reason", "x"))
			.andExpect(status().isNotFound());
	}

	/**
	 * A list request outside what the list offers is refused with every wrong parameter and what it takes, rather
	 * than answered in another order or from another page than asked for.
	 */
	@Test
	void listRequestsTheListsDoNotOfferAreRefusedNamingWhatTheyTake() throws Exception {
		JsonNode problem = Api.json(viewer.get("/api/v1/risks?sort=severity&page=-1&size=0")
			.andExpect(status().isBadRequest()));
		assertThat(problem.get("type").asString()).isEqualTo("urn:ordo:problem:validation");
		assertThat(messages(problem)).containsOnlyKeys("page", "size", "sort")
			.containsEntry("sort", "must be one of identified, inherent, priority, residual, title");
		assertThat(messages(Api.json(viewer.get("/api/v1/assets?sort=owner").andExpect(status().isBadRequest()))))
			.containsEntry("sort", "must be one of classification, name, protection, type, updated");
		viewer.get("/api/v1/risks/export?sort=severity").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		assertThat(messages(Api.json(viewer.get("/api/v1/risks?kind=SCENARIO").andExpect(status().isBadRequest()))))
			.containsEntry("kind", "must be one of ASSET_BASED, EVENT_BASED (was \"SCENARIO\")");
		assertThat(messages(Api.json(viewer.get("/api/v1/risks?minLevel=high").andExpect(status().isBadRequest()))))
			.containsEntry("minLevel", "must be a whole number (was \"high\")");
		assertThat(messages(Api.json(viewer.get("/api/v1/risks?ownerId=42").andExpect(status().isBadRequest()))))
			.containsEntry("ownerId", "must be an id (UUID) (was \"42\")");
		// A page larger than a list gives is not an error: the answer says which size it used.
		viewer.get("/api/v1/risks?sort=title&size=500").andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(100));
	}

	private static Map<String, String> messages(JsonNode problem) {
		Map<String, String> messages = new HashMap<>();
		problem.get("errors").forEach(e -> messages.put(e.get("field").asString(), e.get("message").asString()));
		return messages;
	}

	/** A text filter of three letters or more sorts its matches itself (ListQueries.order); the order is the same. */
	@Test
	void aTextFilterKeepsTheChosenOrder() throws Exception {
		for (String title : List.of("Payroll fraud by a clerk", "Payroll data leaked", "Power outage", "Payroll late")) {
			manager.post("/api/v1/risks", Map.of("title", title, "kind", "EVENT_BASED", "scenario", "It happens",
					"ownerId", org.user(Role.ISMS_MANAGER).id().toString())).andExpect(status().isCreated());
		}
		for (String q : List.of("payroll", "PAY", "pa")) {
			viewer.get("/api/v1/risks?sort=title&q=" + q).andExpect(jsonPath("$.totalItems").value(3))
				.andExpect(jsonPath("$.items[*].title").value(contains("Payroll data leaked", "Payroll fraud by a clerk",
						"Payroll late")));
		}
	}

	/** The heat map's and the lists' counts are kept between changes (KeptCounts); every change shows at once. */
	@Test
	void theHeatMapAndTheListCountsFollowEveryChangeAtOnce() throws Exception {
		viewer.get("/api/v1/risks/heatmap").andExpect(jsonPath("$.unrated").value(0))
			.andExpect(jsonPath("$.cells[3][1]").value(0));
		viewer.get("/api/v1/risks?q=flood&size=1").andExpect(jsonPath("$.totalItems").value(0));
		viewer.get("/api/v1/assets?size=1").andExpect(jsonPath("$.totalItems").value(0));
		Map<String, Object> event = new HashMap<>(Map.of("title", "Office flooded", "kind", "EVENT_BASED", "scenario",
				"The river rises", "ownerId", org.user(Role.ISMS_MANAGER).id().toString()));
		String id = Api.json(manager.post("/api/v1/risks", event).andExpect(status().isCreated())).get("id")
			.asString();
		viewer.get("/api/v1/risks/heatmap").andExpect(jsonPath("$.unrated").value(1));
		// Pages of one, so that the lists count (a page that is not full tells its total without counting).
		viewer.get("/api/v1/risks?q=flood&size=1").andExpect(jsonPath("$.totalItems").value(1));
		event.put("title", "Basement flooded");
		manager.post("/api/v1/risks", event).andExpect(status().isCreated());
		viewer.get("/api/v1/risks?q=flood&size=1").andExpect(jsonPath("$.totalItems").value(2));
		manager.put("/api/v1/risks/" + id, Map.of("title", "Office burned down", "kind", "EVENT_BASED", "scenario",
				"A fire", "ownerId", org.user(Role.ISMS_MANAGER).id().toString())).andExpect(status().isOk());
		viewer.get("/api/v1/risks?q=flood&size=1").andExpect(jsonPath("$.totalItems").value(1));
		create(asset("File server", "HARDWARE", 2, 2, 2, 1));
		viewer.get("/api/v1/assets?size=1").andExpect(jsonPath("$.totalItems").value(1));
		create(asset("Mail server", "HARDWARE", 2, 2, 2, 1));
		viewer.get("/api/v1/assets?size=1").andExpect(jsonPath("$.totalItems").value(2));
		manager.post("/api/v1/risks/" + id + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 4, "consequence", 2, "reason", "no flood barrier"))
			.andExpect(status().isOk());
		viewer.get("/api/v1/risks/heatmap").andExpect(jsonPath("$.unrated").value(1))
			.andExpect(jsonPath("$.cells[3][1]").value(1));

		String token = fixtures().token(org.user(Role.ISMS_MANAGER));
		mvc.perform(post("/api/v1/risks/import").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType("text/csv").accept(MediaType.APPLICATION_JSON)
			.content("title,kind,scenario,owner,current_likelihood,current_consequence\n"
					+ "Storm damage,EVENT_BASED,Roof torn off," + org.user(Role.ISMS_MANAGER).username() + ",4,2\n"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
		viewer.get("/api/v1/risks/heatmap").andExpect(jsonPath("$.cells[3][1]").value(2));

		Map<String, Object> criteria = new HashMap<>();
		criteria.put("likelihood", List.of(Map.of("name", "Low"), Map.of("name", "Medium"), Map.of("name", "High")));
		criteria.put("consequence", List.of(Map.of("name", "Small"), Map.of("name", "Medium"), Map.of("name", "Large")));
		criteria.put("riskLevels", List.of(Map.of("name", "Acceptable"), Map.of("name", "Intolerable")));
		criteria.put("matrix", List.of(List.of(1, 1, 2), List.of(1, 2, 2), List.of(2, 2, 2)));
		criteria.put("acceptanceThreshold", 1);
		criteria.put("reason", "three by three");
		manager.put("/api/v1/risk-criteria", criteria).andExpect(status().isOk());
		// likelihood 4 of 5 -> 3 of 3, consequence 2 of 5 -> 2 of 3: both risks in the new cell [2][1].
		viewer.get("/api/v1/risks/heatmap").andExpect(jsonPath("$.cells.length()").value(3))
			.andExpect(jsonPath("$.cells[2][1]").value(2));
	}

	@Test
	void changingTheCriteriaReMapsEveryRatingByRuleAndRecordsIt() throws Exception {
		manager.get("/api/v1/risk-criteria").andExpect(status().isOk())
			.andExpect(jsonPath("$.defaults").value(true))
			.andExpect(jsonPath("$.likelihood.length()").value(5));
		Map<String, Object> event = Map.of("title", "Data centre outage", "kind", "EVENT_BASED", "scenario",
				"Power and cooling fail", "ownerId", org.user(Role.ISMS_MANAGER).id().toString());
		String id = Api.json(manager.post("/api/v1/risks", event)).get("id").asString();
		manager.post("/api/v1/risks/" + id + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 4, "consequence", 2, "reason", "first rating"))
			.andExpect(jsonPath("$.current.level").value(3));
		Map<String, Object> criteria = new HashMap<>();
		criteria.put("likelihood", List.of(Map.of("name", "Low"), Map.of("name", "Medium"), Map.of("name", "High")));
		criteria.put("consequence", List.of(Map.of("name", "Small"), Map.of("name", "Medium"), Map.of("name", "Large")));
		criteria.put("riskLevels", List.of(Map.of("name", "Acceptable"), Map.of("name", "Tolerable"),
				Map.of("name", "Intolerable")));
		criteria.put("matrix", List.of(List.of(1, 1, 2), List.of(1, 2, 3), List.of(2, 3, 3)));
		criteria.put("acceptanceThreshold", 1);
		criteria.put("reason", "simpler scales for a small company");
		viewer.put("/api/v1/risk-criteria", criteria).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("This needs the role ISMS manager"));
		manager.put("/api/v1/risk-criteria", criteria).andExpect(status().isOk())
			.andExpect(jsonPath("$.defaults").value(false))
			.andExpect(jsonPath("$.likelihood.length()").value(3));
		// likelihood 4 of 5 -> 3 of 3; consequence 2 of 5 -> 2 of 3; matrix[3][2] = 3 "Intolerable".
		manager.get("/api/v1/risks/" + id).andExpect(status().isOk())
			.andExpect(jsonPath("$.current.likelihood").value(3))
			.andExpect(jsonPath("$.current.consequence").value(2))
			.andExpect(jsonPath("$.current.levelName").value("Intolerable"))
			.andExpect(jsonPath("$.history[0].reason").value(startsWith("Re-mapped")));
		Map<String, Object> broken = new HashMap<>(criteria);
		broken.put("matrix", List.of(List.of(1, 1), List.of(1, 2)));
		JsonNode problem = Api.json(manager.put("/api/v1/risk-criteria", broken).andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("matrix");
		// A change of what risks are assessed against says why (the page asks the same); the interval alone need not.
		Map<String, Object> unexplained = new HashMap<>(criteria);
		unexplained.remove("reason");
		unexplained.put("acceptanceThreshold", 2);
		problem = Api.json(manager.put("/api/v1/risk-criteria", unexplained).andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("reason");
		manager.get("/api/v1/risk-criteria").andExpect(jsonPath("$.acceptanceThreshold").value(1));
		manager.put("/api/v1/risk-criteria", Map.of("reassessmentIntervalDays", 180)).andExpect(status().isOk());
	}

	@Test
	void theLibraryIsListed() throws Exception {
		JsonNode threats = Api.json(viewer.get("/api/v1/threats").andExpect(status().isOk()));
		assertThat(threats.findValuesAsString("key")).contains("T-MALWARE", "T-FIRE");
		JsonNode vulnerabilities = Api.json(viewer.get("/api/v1/vulnerabilities").andExpect(status().isOk()));
		assertThat(vulnerabilities.findValuesAsString("key")).contains("V-PATCH");
	}

	@Test
	void assetsAreImportedFromCsvWithARowByRowReportAndExported() throws Exception {
		String csv = "name,type,owner,confidentiality,integrity,availability,authenticity\n"
				+ "Payroll data,information," + org.user(Role.PROCESS_OWNER).username() + ",4,3,2,1\n"
				+ ",SOFTWARE,,1,1,1,1\n"
				+ "Laptop fleet,gadget,nobody,9,1,1,1\n"
				+ "\"Backup server, Berlin\",HARDWARE,,,,3,\n";
		String token = fixtures().token(org.user(Role.ISMS_MANAGER));
		JsonNode report = Api.json(mvc.perform(post("/api/v1/assets/import")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType("text/csv").content(csv)
			.accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk()));
		assertThat(report.get("imported").asInt()).isEqualTo(2);
		assertThat(report.get("rejected")).hasSize(2);
		assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(3);
		assertThat(report.get("rejected").get(0).get("errors").has("name")).isTrue();
		assertThat(report.get("rejected").get(1).get("line").asInt()).isEqualTo(4);
		assertThat(report.get("rejected").get(1).get("errors").propertyNames()).containsExactlyInAnyOrder("type",
				"owner", "confidentiality");
		String exported = manager.get("/api/v1/assets/export").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(exported).startsWith("id,name,type,description,owner")
			.contains("\"Backup server, Berlin\",HARDWARE,,,,1,1,3,1")
			.contains("Payroll data,INFORMATION,," + org.user(Role.PROCESS_OWNER).username() + ",,4,3,2,1");
	}
}
