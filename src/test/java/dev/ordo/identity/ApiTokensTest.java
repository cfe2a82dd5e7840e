package dev.ordo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import dev.ordo.support.Api;
import dev.ordo.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

class ApiTokensTest extends IntegrationTest {

	@Test
	void theApiNeedsAValidBearerToken() throws Exception {
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(header().string("WWW-Authenticate", "Bearer"));
		new Api(mvc, "ordo_not-a-real-token-at-all-000000").get("/api/v1/me")
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void aTokenActsAsItsOwnerInItsOrganizationUntilRevoked() throws Exception {
		var org = fixtures().organization("Tokens");
		var user = org.user(Role.PROCESS_OWNER);
		Api bootstrap = new Api(mvc, fixtures().token(user));

		JsonNode issued = Api.json(bootstrap.post("/api/v1/tokens", Map.of("name", "CI pipeline", "validDays", 30))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.secret").isNotEmpty())
			.andExpect(jsonPath("$.token.active").value(true)));
		String secret = issued.get("secret").asString();
		String id = issued.get("token").get("id").asString();

		Api ci = new Api(mvc, secret);
		ci.get("/api/v1/me").andExpect(status().isOk())
			.andExpect(jsonPath("$.userId").value(user.id().toString()))
			.andExpect(jsonPath("$.organizationId").value(org.id().toString()))
			.andExpect(jsonPath("$.roles[0]").value("PROCESS_OWNER"));

		// Listing never shows a secret again.
		String list = bootstrap.get("/api/v1/tokens").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains(id).doesNotContain(secret);

		bootstrap.call(HttpMethod.DELETE, "/api/v1/tokens/" + id, null).andExpect(status().isNoContent());
		ci.get("/api/v1/me").andExpect(status().isUnauthorized());
	}

	@Test
	void badTokenRequestsGiveFieldErrors() throws Exception {
		var org = fixtures().organization("Token errors");
		Api api = new Api(mvc, fixtures().token(org.user(Role.VIEWER)));
		api.post("/api/v1/tokens", Map.of("name", "", "validDays", 1000))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field=='name')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field=='validDays')]").exists());
	}

	@Test
	void onlyManagersManageMembers() throws Exception {
		var org = fixtures().organization("Members");
		Api manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		Api viewer = new Api(mvc, fixtures().token(org.user(Role.VIEWER)));
		Map<String, Object> newcomer = Map.of("username", "newcomer-" + org.id() + "@ordo.test", "displayName",
				"New Comer", "initialPassword", "a long enough password", "roles", java.util.List.of("CONTRIBUTOR"));
		viewer.post("/api/v1/members", newcomer).andExpect(status().isForbidden());
		String userId = Api.json(manager.post("/api/v1/members", newcomer).andExpect(status().isCreated()))
			.get("userId").asString();
		manager.post("/api/v1/members", newcomer).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		manager.put("/api/v1/members/" + userId + "/roles", Map.of("roles", java.util.List.of("AUDITOR")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.roles[0]").value("AUDITOR"));
		viewer.get("/api/v1/members/" + userId).andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("New Comer"));
		manager.post("/api/v1/members", Map.of("username", "short-" + org.id(), "displayName", "Short",
				"initialPassword", "short", "roles", java.util.List.of("VIEWER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field=='password')].message").value("must have at least 12 characters"));
	}
}
