package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.riskassessment.domain.KeptCounts;
import dev.ordo.riskassessment.domain.ListQueries;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;
import dev.ordo.support.StatementCounting;

/**
 * Lists and detail pages run a fixed number of SQL statements whatever the size of the data: the same count with 50
 * and with 5,000 assets and risks (rows inserted directly with JDBC batches).
 */
class RiskAssessmentQueryCountTest extends IntegrationTest {

	/**
	 * Pages are full at both sizes (a page that is not full tells its total without the count statement); every
	 * request is counted as after a change, so the heat map and the lists run their count statements.
	 */
	static final List<String> ENDPOINTS = List.of("/api/v1/assets?size=50",
			"/api/v1/assets?size=10&sort=protection&type=SOFTWARE", "/api/v1/risks?size=50",
			"/api/v1/risks?size=10&sort=title&minLevel=2", "/api/v1/risks?size=50&status=CLOSED",
			"/api/v1/risks?size=10&sort=title&status=ALL", "/api/v1/risks?size=2&likelihood=1&consequence=1",
			"/api/v1/risks?size=10&treatment=UNTREATED", "/api/v1/risks?size=2&sort=residual&treatment=PLANNED",
			"/api/v1/risks/heatmap", "ASSET", "RISK");

	@Test
	void listsAndDetailsRunTheSameNumberOfStatementsAt50And5000Rows() throws Exception {
		TestOrg org = fixtures().organization("Query count");
		Api api = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		UUID owner = org.user(Role.PROCESS_OWNER).id();
		List<UUID> assetIds = new ArrayList<>();
		List<UUID> riskIds = new ArrayList<>();
		insert(org.id(), owner, 0, 50, assetIds, riskIds);
		// The same request once to warm up caches (token look-up, members), then counted.
		Map<String, Long> at50 = count(api, org.id(), assetIds.get(0), riskIds.get(0));
		insert(org.id(), owner, 50, 5_000, assetIds, riskIds);
		api.get("/api/v1/risks?size=1").andExpect(jsonPath("$.totalItems").value(5_000));
		api.get("/api/v1/assets?size=1").andExpect(jsonPath("$.totalItems").value(5_000));
		Map<String, Long> at5000 = count(api, org.id(), assetIds.get(0), riskIds.get(0));
		assertThat(at5000).isEqualTo(at50);
		deepPagesHoldTheRowsTheExportHasThere(api, List.of("title", "priority", "identified"));
		// Lists: paged projection and count, plus a fixed number of look-ups (token, members, criteria).
		assertThat(at50.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 12L));
		System.out.println("SQL statements per request (50 and 5,000 rows): " + at50);
		// Nothing changed since: the heat map and the lists answer from kept counts, without their count statement.
		assertThat(statements(api, "/api/v1/risks/heatmap")).isEqualTo(at50.get("/api/v1/risks/heatmap") - 1);
		assertThat(statements(api, "/api/v1/risks?size=50")).isEqualTo(at50.get("/api/v1/risks?size=50") - 1);
		assertThat(statements(api, "/api/v1/assets?size=50")).isEqualTo(at50.get("/api/v1/assets?size=50") - 1);
		// A text search reads its matches' ids in order once, which tells its total, then each page's rows by id: as
		// many statements as a page and its count; the next pages, until a change, one fewer.
		long filtered = at50.get("/api/v1/risks?size=10&sort=title&minLevel=2");
		outdateKeptCounts(org.id());
		StatementCounting.reset();
		api.get("/api/v1/risks?size=10&sort=title&q=risk 49").andExpect(status().isOk());
		assertThat(StatementCounting.statements()).isEqualTo(filtered);
		StatementCounting.reset();
		api.get("/api/v1/risks?size=10&sort=title&q=risk 49&page=1").andExpect(status().isOk());
		assertThat(StatementCounting.statements()).isEqualTo(filtered - 1);
		searchPagesHoldTheMatchesInOrder(api, assetIds.get(0), owner);

		// Beyond 10,000 matches the lists stop counting and say so, instead of counting every row on every page; beyond
		// 25,000 the matches are not kept either.
		insert(org.id(), owner, 5_000, ListQueries.KEPT_MATCHES_CAP + 1, assetIds, riskIds);
		api.get("/api/v1/risks?size=50").andExpect(jsonPath("$.totalItems").value(10_000))
			.andExpect(jsonPath("$.totalCapped").value(true)).andExpect(jsonPath("$.items.length()").value(50));
		api.get("/api/v1/assets?size=50&type=SOFTWARE").andExpect(jsonPath("$.totalItems").value(6_251))
			.andExpect(jsonPath("$.totalCapped").doesNotExist());
		// With more matches than are kept, deep pages are read by the database again (ids from the index first).
		deepPagesHoldTheRowsTheExportHasThere(api, List.of("priority"));
		String page = mvc.perform(get("/risks").with(authentication(OrdoAuthentication.of(
				fixtures().principal(org.user(Role.ISMS_MANAGER)))))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("more than 10,000 risks");
	}

	private Map<String, Long> count(Api api, UUID org, UUID assetId, UUID riskId) throws Exception {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String endpoint : ENDPOINTS) {
			String path = switch (endpoint) {
				case "ASSET" -> "/api/v1/assets/" + assetId;
				case "RISK" -> "/api/v1/risks/" + riskId;
				default -> endpoint;
			};
			api.get(path).andExpect(status().isOk());
			outdateKeptCounts(org);
			StatementCounting.reset();
			api.get(path).andExpect(status().isOk());
			counts.put(endpoint, StatementCounting.statements());
		}
		assertThat(jdbc).isNotNull();
		return counts;
	}

	/**
	 * Deep pages read their rows' ids first ({@code ListQueries.DEFERRED_OFFSET}: from the kept matches up to 10,000
	 * rows, from the index beyond); the pages around that depth hold the rows the export, which streams the whole list
	 * through another query, has at the same places.
	 */
	private void deepPagesHoldTheRowsTheExportHasThere(Api api, List<String> sorts) throws Exception {
		int from = ListQueries.DEFERRED_OFFSET / 50 - 1;
		for (String sort : sorts) {
			List<String> exported = api.get("/api/v1/risks/export?sort=" + sort).andReturn().getResponse()
				.getContentAsString().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
			for (int page = from; page <= from + 2; page++) {
				List<String> ids = new ArrayList<>();
				Api.json(api.get("/api/v1/risks?size=50&sort=" + sort + "&page=" + page)).get("items")
					.forEach(item -> ids.add(item.get("id").asString()));
				assertThat(ids).as("%s page %d", sort, page).isEqualTo(exported.subList(page * 50, page * 50 + 50));
			}
		}
		List<String> names = api.get("/api/v1/assets/export").andReturn().getResponse().getContentAsString().lines()
			.skip(1).map(line -> line.split(",")[1]).toList();
		for (int page = from; page <= from + 2; page++) {
			List<String> listed = new ArrayList<>();
			Api.json(api.get("/api/v1/assets?size=50&sort=name&page=" + page)).get("items")
				.forEach(item -> listed.add(item.get("name").asString()));
			assertThat(listed).as("assets page %d", page).isEqualTo(names.subList(page * 50, page * 50 + 50));
		}
	}

	/**
	 * Pages of a text search, read through its kept matches, hold the matches in the list's order, page after page,
	 * with their total; a change to the register shows on the next page.
	 */
	private void searchPagesHoldTheMatchesInOrder(Api api, UUID assetId, UUID owner) throws Exception {
		// "Risk 49", "Risk 490" … "Risk 499", "Risk 4900" … "Risk 4999": 111 titles, in title order.
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			if (("Risk " + i).contains("Risk 49")) {
				expected.add("Risk " + i);
			}
		}
		expected.sort(null);
		List<String> listed = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			JsonNode body = Api.json(api.get("/api/v1/risks?size=50&sort=title&q=RISK 49&page=" + page));
			assertThat(body.get("totalItems").asInt()).isEqualTo(111);
			body.get("items").forEach(item -> listed.add(item.get("title").asString()));
		}
		assertThat(listed).isEqualTo(expected);
		JsonNode first = Api.json(api.get("/api/v1/risks?size=50&sort=title&q=risk 49"))
			.get("items").get(0);
		api.put("/api/v1/risks/" + first.get("id").asString(), Map.of("title", "Zz risk 49 renamed", "kind",
				"ASSET_BASED", "assetId", assetId.toString(), "threatKey", "T-MALWARE", "vulnerabilityKey", "V-PATCH",
				"ownerId", owner.toString()))
			.andExpect(status().isOk());
		JsonNode after = Api.json(api.get("/api/v1/risks?size=50&sort=title&q=risk 49&page=2"));
		assertThat(after.get("items").get(10).get("title").asString()).isEqualTo("Zz risk 49 renamed");
		assertThat(Api.json(api.get("/api/v1/risks?size=50&sort=title&q=risk 49")).get("items").get(0).get("title")
			.asString()).isEqualTo(expected.get(1));
	}

	/** As after a change: the next count of the heat map or a list runs its statement again. */
	private void outdateKeptCounts(UUID org) {
		context.getBean(KeptCounts.class).changed(org, KeptCounts.Register.ASSETS);
		context.getBean(KeptCounts.class).changed(org, KeptCounts.Register.RISKS);
	}

	private long statements(Api api, String path) throws Exception {
		api.get(path).andExpect(status().isOk());
		StatementCounting.reset();
		api.get(path).andExpect(status().isOk());
		return StatementCounting.statements();
	}

	private void insert(UUID org, UUID owner, int from, int to, List<UUID> assetIds, List<UUID> riskIds) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		OffsetDateTime now = OffsetDateTime.now();
		List<Object[]> assets = new ArrayList<>();
		List<Object[]> risks = new ArrayList<>();
		List<Object[]> ratings = new ArrayList<>();
		String[] types = { "SOFTWARE", "HARDWARE", "INFORMATION", "SERVICE" };
		for (int i = from; i < to; i++) {
			UUID asset = UUID.randomUUID();
			UUID risk = UUID.randomUUID();
			assetIds.add(asset);
			riskIds.add(risk);
			int need = 1 + i % 4;
			assets.add(new Object[] { asset, org, "Asset " + i, types[i % 4], owner, "internal", need, 1, 2, 1, need, 1,
					2, 1, need, now, now, "asset " + i });
			int l = 1 + i % 5;
			int c = 1 + (i / 5) % 5;
			risks.add(new Object[] { risk, org, "Risk " + i, "ASSET_BASED", assetIds.get(0), "T-MALWARE", "V-PATCH",
					owner, l, c, Math.min(5, (l + c) / 2), Math.min(5, (l + c) / 2), owner, now,
					i % 10 == 0 ? "PLANNED" : "UNTREATED", "risk " + i });
			ratings.add(new Object[] { UUID.randomUUID(), org, riskIds.get(0), l, c, Math.min(5, (l + c) / 2), owner,
					now });
		}
		jdbc.batchUpdate("insert into asset (id, organization_id, name, type, owner_id, classification, confidentiality, "
				+ "integrity, availability, authenticity, eff_confidentiality, eff_integrity, eff_availability, "
				+ "eff_authenticity, protection_level, created_at, updated_at, version, sort_name) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)", assets);
		jdbc.batchUpdate("insert into risk (id, organization_id, title, kind, asset_id, threat_key, vulnerability_key, "
				+ "owner_id, current_likelihood, current_consequence, current_level, inherent_level, residual_level, "
				+ "priority_level, reassessment_due, identified_by, identified_at, last_assessed_at, version, "
				+ "treatment_state, sort_title) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, false, ?, ?, "
				+ "current_timestamp, 0, ?, ?)",
				risks);
		jdbc.batchUpdate("insert into risk_rating (id, organization_id, risk_id, kind, likelihood, consequence, "
				+ "rating_level, reason, rated_by, rated_at) values (?, ?, ?, 'CURRENT', ?, ?, ?, 'bulk', ?, ?)", ratings);
		// Written with SQL, so no event tells the kept counts (an import publishes one).
		outdateKeptCounts(org);
	}
}
