package dev.ordo.riskassessment;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ordo.identity.Role;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;

/**
 * Renaming a consequence category in the risk criteria (ISO/IEC 27001 6.1.2 a) takes the organization's risks along:
 * nobody has to reclassify them by hand, and no risk is left with a category that no longer exists.
 */
class ConsequenceCategoryRenameTest extends IntegrationTest {

	@Test
	void aCategoryRenamedInPlaceTakesItsRisksAlongInThisOrganizationOnly() throws Exception {
		TestOrg org = fixtures().organization("Category rename");
		TestOrg other = fixtures().organization("Category rename, other");
		Api manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		Api otherManager = new Api(mvc, fixtures().token(other.user(Role.ISMS_MANAGER)));
		String fine = risk(manager, org, "Fine for late filing", "Legal and regulatory");
		String outage = risk(manager, org, "Web shop down", "Operational");
		String elsewhere = risk(otherManager, other, "Fine elsewhere", "Legal and regulatory");
		long before = Api.json(manager.get("/api/v1/risks/" + fine)).get("version").asLong();

		manager.put("/api/v1/risk-criteria", Map.of("consequenceCategories",
				List.of("Financial", "Legal and compliance", "Reputational", "Operational", "Safety"), "reason",
				"compliance covers contracts too")).andExpect(status().isOk());

		manager.get("/api/v1/risks/" + fine).andExpect(jsonPath("$.consequenceCategory").value("Legal and compliance"))
			.andExpect(jsonPath("$.version").value(before + 1));
		manager.get("/api/v1/risks/" + outage).andExpect(jsonPath("$.consequenceCategory").value("Operational"));
		otherManager.get("/api/v1/risks/" + elsewhere)
			.andExpect(jsonPath("$.consequenceCategory").value("Legal and regulatory"));

		// Removing a category is not a rename: its risks keep the name they had.
		manager.put("/api/v1/risk-criteria", Map.of("consequenceCategories",
				List.of("Financial", "Legal and compliance", "Reputational", "Safety"), "reason",
				"no operations of our own")).andExpect(status().isOk());
		manager.get("/api/v1/risks/" + outage).andExpect(jsonPath("$.consequenceCategory").value("Operational"));
	}

	private static String risk(Api api, TestOrg org, String title, String category) throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("kind", "EVENT_BASED");
		body.put("scenario", title);
		body.put("consequenceCategory", category);
		body.put("ownerId", org.user(Role.PROCESS_OWNER).id().toString());
		return Api.json(api.post("/api/v1/risks", body).andExpect(status().isCreated())).get("id").asString();
	}
}
