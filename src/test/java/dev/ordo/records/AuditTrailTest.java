package dev.ordo.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ordo.identity.Role;
import dev.ordo.support.Api;
import dev.ordo.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

class AuditTrailTest extends IntegrationTest {

	@Test
	void recordsWhoChangedWhatAndShowsItToAuditorsOnly() throws Exception {
		var org = fixtures().organization("Trail");
		var manager = org.user(Role.ISMS_MANAGER);
		Api managerApi = new Api(mvc, fixtures().token(manager));
		managerApi.post("/api/v1/tokens", Map.of("name", "trail check", "validDays", 3)).andExpect(status().isCreated());

		Api auditor = new Api(mvc, fixtures().token(org.user(Role.AUDITOR)));
		JsonNode page = Api.json(auditor.get("/api/v1/audit-trail?subjectType=api-token&size=100")
			.andExpect(status().isOk()));
		assertThat(page.get("items")).isNotEmpty();
		JsonNode entry = null;
		for (JsonNode item : page.get("items")) {
			if (item.get("summary").asString().contains("trail check")) {
				entry = item;
			}
		}
		assertThat(entry).isNotNull();
		assertThat(entry.get("actorId").asString()).isEqualTo(manager.id().toString());
		assertThat(entry.get("action").asString()).isEqualTo("ApiTokenIssued");
		assertThat(entry.get("occurredAt").asString()).isNotBlank();

		new Api(mvc, fixtures().token(org.user(Role.VIEWER))).get("/api/v1/audit-trail")
			.andExpect(status().isForbidden());
		auditor.get("/api/v1/audit-trail?size=1000").andExpect(status().isOk());
		assertThat(Api.json(auditor.get("/api/v1/audit-trail?size=1000")).get("size").asInt()).isEqualTo(100);
	}
}
