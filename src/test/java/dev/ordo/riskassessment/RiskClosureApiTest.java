package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;

/** Closing and reopening a risk over the API (ISO/IEC 27001 6.1.2, 8.2). */
class RiskClosureApiTest extends IntegrationTest {

	TestOrg org;

	Api manager;

	@BeforeEach
	void setUp() {
		org = fixtures().organization("Risk closure");
		manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
	}

	String risk(String title) throws Exception {
		Map<String, Object> event = new HashMap<>();
		event.put("title", title);
		event.put("kind", "EVENT_BASED");
		event.put("scenario", "Our hosting provider goes out of business");
		event.put("ownerId", org.user(Role.ISMS_MANAGER).id().toString());
		String id = Api.json(manager.post("/api/v1/risks", event).andExpect(status().isCreated())).get("id")
			.asString();
		manager.post("/api/v1/risks/" + id + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 2, "consequence", 2, "reason", "first look"))
			.andExpect(status().isOk());
		return id;
	}

	@Test
	void aClosedRiskLeavesTheRegisterAndHeatMapUntilReopened() throws Exception {
		String id = risk("Supplier insolvent");
		risk("Data centre flooded");
		manager.post("/api/v1/risks/" + id + "/close", Map.of("reason", " ")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		manager.post("/api/v1/risks/" + id + "/close", Map.of("reason", "supplier replaced"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.closed").value(true))
			.andExpect(jsonPath("$.closureReason").value("supplier replaced"))
			.andExpect(jsonPath("$.closedBy.userId").value(org.user(Role.ISMS_MANAGER).id().toString()));
		manager.post("/api/v1/risks/" + id + "/close", Map.of("reason", "again")).andExpect(status().isConflict());
		manager.post("/api/v1/risks/" + id + "/ratings",
				Map.of("kind", "CURRENT", "likelihood", 3, "consequence", 3, "reason", "later"))
			.andExpect(status().isConflict());
		manager.get("/api/v1/risks").andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].title").value("Data centre flooded"));
		manager.get("/api/v1/risks?status=CLOSED").andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].title").value("Supplier insolvent"));
		manager.get("/api/v1/risks?status=ALL").andExpect(jsonPath("$.totalItems").value(2));
		manager.get("/api/v1/risks/heatmap").andExpect(jsonPath("$.cells[1][1]").value(1));

		manager.post("/api/v1/risks/" + id + "/reopen", Map.of("reason", "supplier back"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.closed").value(false));
		manager.post("/api/v1/risks/" + id + "/reopen", Map.of("reason", "twice")).andExpect(status().isConflict());
		manager.get("/api/v1/risks/" + id).andExpect(jsonPath("$.lifecycle[0].action").value("REOPENED"))
			.andExpect(jsonPath("$.lifecycle[0].reason").value("supplier back"))
			.andExpect(jsonPath("$.lifecycle[1].action").value("CLOSED"))
			.andExpect(jsonPath("$.lifecycle[1].reason").value("supplier replaced"));
		manager.get("/api/v1/risks").andExpect(jsonPath("$.totalItems").value(2));
		manager.get("/api/v1/risks/heatmap").andExpect(jsonPath("$.cells[1][1]").value(2));
	}

	@Test
	void anotherOrganizationCannotCloseARisk() throws Exception {
		String id = risk("Supplier insolvent");
		TestOrg other = fixtures().organization("Risk closure other");
		Api stranger = new Api(mvc, fixtures().token(other.user(Role.ISMS_MANAGER)));
		stranger.post("/api/v1/risks/" + id + "/close", Map.of("reason", "not mine"))
			.andExpect(status().isNotFound());
		manager.get("/api/v1/risks/" + id).andExpect(jsonPath("$.closed").value(false));
	}

	@Test
	void theRiskPageClosesAndReopensWithTheReasonNextToTheField() throws Exception {
		String id = risk("Supplier insolvent");
		var me = authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.ISMS_MANAGER))));
		String missing = mvc.perform(post("/risks/" + id + "/close").with(me).with(csrf()).param("reason", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(missing).contains("id=\"lifecycle-error\"").contains("must say why");
		mvc.perform(post("/risks/" + id + "/close").with(me).with(csrf()).param("reason", "asset decommissioned"))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/risks/" + id).with(me)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"risk-closed\"").contains("asset decommissioned").contains("Reopen risk");
		// No rating form that would only be refused: the notice says to reopen the risk first.
		assertThat(page).contains("id=\"ratings\"").doesNotContain("id=\"rate\"");
		String register = mvc.perform(get("/risks?status=CLOSED").with(me)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(register).contains("Supplier insolvent");
		assertThat(mvc.perform(get("/risks").with(me)).andReturn().getResponse().getContentAsString())
			.doesNotContain("Supplier insolvent");
		// The register page's export follows its status filter.
		assertThat(mvc.perform(get("/risks/export.csv?status=CLOSED").with(me)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("Supplier insolvent");
		assertThat(mvc.perform(get("/risks/export.csv").with(me)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).doesNotContain("Supplier insolvent");
		mvc.perform(post("/risks/" + id + "/reopen").with(me).with(csrf()).param("reason", "back in use"))
			.andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/risks/" + id).with(me)).andReturn().getResponse().getContentAsString())
			.doesNotContain("id=\"risk-closed\"").contains("back in use").contains("Close risk")
			.contains("id=\"rate\"");
	}
}
