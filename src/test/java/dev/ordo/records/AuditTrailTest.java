package dev.ordo.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
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
		assertThat(entry.get("actorName").asString()).isEqualTo(manager.displayName());
		assertThat(entry.get("action").asString()).isEqualTo("ApiTokenIssued");
		assertThat(entry.get("occurredAt").asString()).isNotBlank();

		new Api(mvc, fixtures().token(org.user(Role.VIEWER))).get("/api/v1/audit-trail")
			.andExpect(status().isForbidden());
		auditor.get("/api/v1/audit-trail?size=1000").andExpect(status().isOk());
		assertThat(Api.json(auditor.get("/api/v1/audit-trail?size=1000")).get("size").asInt()).isEqualTo(100);
	}

	@Test
	void followingTheCursorsShowsEveryEntryOnceNewestFirst() throws Exception {
		var org = fixtures().organization("Trail cursor");
		Api managerApi = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		for (int i = 0; i < 7; i++) {
			managerApi.post("/api/v1/tokens", Map.of("name", "cursor " + i, "validDays", 3)).andExpect(status().isCreated());
		}
		Api auditor = new Api(mvc, fixtures().token(org.user(Role.AUDITOR)));
		List<String> seen = new ArrayList<>();
		List<Instant> times = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = Api.json(auditor.get("/api/v1/audit-trail?subjectType=api-token&size=3"
					+ (cursor == null ? "" : "&cursor=" + cursor)).andExpect(status().isOk()));
			assertThat(page.get("items").size()).isLessThanOrEqualTo(3);
			page.get("items").forEach(item -> {
				seen.add(item.get("id").asString());
				times.add(Instant.parse(item.get("occurredAt").asString()));
			});
			cursor = page.hasNonNull("next") ? page.get("next").asString() : null;
			pages++;
		}
		while (cursor != null && pages < 10);
		// Nine tokens: the seven above and the manager's and auditor's own.
		assertThat(seen).hasSize(9).doesNotHaveDuplicates();
		assertThat(pages).isEqualTo(3);
		assertThat(times).isSortedAccordingTo(Comparator.reverseOrder());

		JsonNode before = Api.json(auditor.get("/api/v1/audit-trail?until=2000-01-01T00:00:00Z").andExpect(status().isOk()));
		assertThat(before.get("items")).isEmpty();
		assertThat(before.hasNonNull("next")).isFalse();
		JsonNode problem = Api.json(auditor.get("/api/v1/audit-trail?cursor=page-2").andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("cursor");
	}

	@Test
	void thePageFiltersInPlaceWithHtmx() throws Exception {
		var org = fixtures().organization("Trail page");
		var auditor = org.user(Role.AUDITOR);
		fixtures().token(org.user(Role.ISMS_MANAGER));
		var as = authentication(OrdoAuthentication.of(fixtures().principal(auditor)));
		String full = mvc.perform(get("/records/audit-trail").with(as))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(full).contains("<h1>Audit trail</h1>", "API token &#39;test&#39; issued", org.user(Role.ISMS_MANAGER)
			.displayName());
		String fragment = mvc.perform(get("/records/audit-trail").param("subjectType", "api-token").header("HX-Request", "true").with(as))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(fragment).contains("id=\"trail-results\"").doesNotContain("<h1>").doesNotContain("<html");
	}
}
