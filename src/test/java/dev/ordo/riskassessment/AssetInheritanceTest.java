package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

import dev.ordo.identity.Role;
import dev.ordo.riskassessment.application.AssetService;
import dev.ordo.riskassessment.application.Tables;
import dev.ordo.riskassessment.domain.Asset;
import dev.ordo.riskassessment.domain.AssetDependencyRepository;
import dev.ordo.riskassessment.domain.ProtectionInheritance;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.InvalidInput;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.IntegrationTest;
import dev.ordo.support.StatementCounting;

/**
 * The inheritance of protection needs is re-derived incrementally: an edit loads and writes only the assets it can
 * change, so its statements do not grow with the inventory, and the result is the one the full calculation over the
 * whole graph gives.
 */
class AssetInheritanceTest extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(AssetInheritanceTest.class);

	@Test
	void anAssetUpdateRunsAsManyStatementsWith50As2000UnrelatedAssets() throws Exception {
		TestOrg org = fixtures().organization("Inheritance count");
		String token = fixtures().token(org.user(Role.ISMS_MANAGER));
		Api api = new Api(mvc, token);
		String server = create(api, "Server", "HARDWARE", 1);
		String app = create(api, "App", "SOFTWARE", 1);
		String process = create(api, "Process", "SERVICE", 2);
		api.post("/api/v1/assets/" + server + "/dependencies", Map.of("supportedAssetId", app))
			.andExpect(status().isOk());
		api.post("/api/v1/assets/" + app + "/dependencies", Map.of("supportedAssetId", process))
			.andExpect(status().isOk());
		importAssets(token, 50, org);
		long[] at50 = updateStatements(api, app, 3);
		importAssets(token, 1_950, org);
		long[] at2000 = updateStatements(api, app, 4);
		assertThat(at2000[0]).isEqualTo(at50[0]);
		// The unrelated assets are not even loaded: the app and what supports it (the server) are.
		assertThat(at2000[1]).isEqualTo(at50[1]).isLessThanOrEqualTo(2);
		log.info("SQL statements (entities loaded) of an asset update with 50 and 2,000 unrelated assets: {} ({}) and "
				+ "{} ({})", at50[0], at50[1], at2000[0], at2000[1]);
		// The change reached what supports the app, and nothing else.
		api.get("/api/v1/assets/" + server).andExpect(jsonPath("$.protection[0].effective").value(4))
			.andExpect(jsonPath("$.protection[0].sourceAssetId").value(app));
		api.get("/api/v1/assets/" + process).andExpect(jsonPath("$.protection[0].effective").value(2));

		importAssets(token, 18_000, org);
		long t0 = System.nanoTime();
		int edits = 10;
		for (int i = 0; i < edits; i++) {
			update(api, app, 1 + i % 4).andExpect(status().isOk());
		}
		log.info("asset update with 20,003 assets in the organization: {} ms on average",
				(System.nanoTime() - t0) / 1_000_000 / edits);
	}

	/** The statements and the asset entities loaded by one update (the GET before it not counted). */
	private long[] updateStatements(Api api, String id, int confidentiality) throws Exception {
		update(api, id, confidentiality - 1).andExpect(status().isOk());
		Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class)
			.getStatistics();
		Map<String, Object> body = body(api, id, confidentiality);
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			StatementCounting.reset();
			api.put("/api/v1/assets/" + id, body).andExpect(status().isOk());
			return new long[] { StatementCounting.statements(),
					statistics.getEntityStatistics(Asset.class.getName()).getLoadCount() };
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	private void importAssets(String token, int rows, TestOrg org) throws Exception {
		mvc.perform(post("/api/v1/assets/import").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType("text/csv").content(ImportFiles.assets(Tables.Format.CSV, rows,
					org.user(Role.PROCESS_OWNER).username()))
			.accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(rows));
	}

	private static String create(Api api, String name, String type, int confidentiality) throws Exception {
		return Api.json(api.post("/api/v1/assets", Map.of("name", name, "type", type, "confidentiality",
				confidentiality)).andExpect(status().isCreated())).get("id").asString();
	}

	private static ResultActions update(Api api, String id, int confidentiality) throws Exception {
		return api.put("/api/v1/assets/" + id, body(api, id, confidentiality));
	}

	private static Map<String, Object> body(Api api, String id, int confidentiality) throws Exception {
		JsonNode asset = Api.json(api.get("/api/v1/assets/" + id));
		return Map.of("name", asset.get("name").asString(), "type", asset.get("type").asString(), "confidentiality",
				Math.max(1, confidentiality));
	}

	/**
	 * Property: on a random graph of dependencies (seeded, so a failure repeats), after each of many random edits
	 * (own needs, new and removed dependencies, deletions) every asset's stored effective needs and sources are those
	 * {@link ProtectionInheritance#compute} gives over the whole graph.
	 */
	@Test
	void incrementalInheritanceEqualsTheFullCalculationAfterRandomEdits() {
		TestOrg org = fixtures().organization("Inheritance property");
		TestUser manager = org.user(Role.ISMS_MANAGER);
		AssetService service = context.getBean(AssetService.class);
		for (long seed : new long[] { 1, 2, 3 }) {
			Random random = new Random(seed);
			List<UUID> ids = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				int[] n = randomNeeds(random);
				String name = "A" + seed + "-" + i;
				ids.add(fixtures().as(manager, () -> service.create(request(name, n))).id());
			}
			for (int e = 0; e < 45; e++) {
				// Lower index supports higher index at first: a DAG; later edits may try to close cycles.
				int a = random.nextInt(ids.size() - 1);
				int b = a + 1 + random.nextInt(ids.size() - a - 1);
				link(manager, service, ids.get(a), ids.get(b));
			}
			assertMatchesFullCalculation(org.id(), seed + " after building");
			for (int edit = 0; edit < 40; edit++) {
				UUID x = ids.get(random.nextInt(ids.size()));
				switch (random.nextInt(5)) {
					case 0, 1 -> {
						int[] n = randomNeeds(random);
						fixtures().as(manager, () -> service.update(x, request("edited", n)));
					}
					case 2 -> link(manager, service, x, ids.get(random.nextInt(ids.size())));
					case 3 -> {
						List<ProtectionInheritance.Edge> out = fixtures().as(manager,
								() -> context.getBean(AssetDependencyRepository.class).edges())
							.stream().filter(d -> d.supportingId().equals(x)).toList();
						if (!out.isEmpty()) {
							UUID supported = out.get(random.nextInt(out.size())).supportedId();
							fixtures().as(manager, () -> service.removeDependency(x, supported));
						}
					}
					default -> {
						fixtures().as(manager, () -> service.delete(x));
						ids.remove(x);
					}
				}
				assertMatchesFullCalculation(org.id(), seed + " after edit " + edit);
			}
		}
	}

	private void link(TestUser manager, AssetService service, UUID supporting, UUID supported) {
		try {
			fixtures().as(manager, () -> service.addDependency(supporting, supported));
		}
		catch (InvalidInput | Conflict refused) {
			// a cycle, a self-link or a link already there: refused, nothing changed
		}
	}

	private void assertMatchesFullCalculation(UUID org, String when) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Map<UUID, int[]> own = new HashMap<>();
		Map<UUID, String> stored = new LinkedHashMap<>();
		jdbc.query("select id, confidentiality, integrity, availability, authenticity, eff_confidentiality, "
				+ "eff_integrity, eff_availability, eff_authenticity, confidentiality_source, integrity_source, "
				+ "availability_source, authenticity_source from asset where organization_id = ?", rs -> {
					UUID id = rs.getObject(1, UUID.class);
					own.put(id, new int[] { rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5) });
					stored.put(id, List.of(rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)) + " "
							+ java.util.Arrays.asList(rs.getObject(10, UUID.class), rs.getObject(11, UUID.class),
									rs.getObject(12, UUID.class), rs.getObject(13, UUID.class)));
				}, org);
		List<ProtectionInheritance.Edge> edges = jdbc.query(
				"select supporting_id, supported_id from asset_dependency where organization_id = ? "
						+ "order by supporting_id, supported_id",
				(rs, n) -> new ProtectionInheritance.Edge(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
				org);
		Map<UUID, String> expected = new LinkedHashMap<>();
		ProtectionInheritance.compute(own, edges).forEach((id, e) -> expected.put(id,
				java.util.Arrays.stream(e.levels()).boxed().toList() + " " + java.util.Arrays.asList(e.sources())));
		assertThat(stored).as("seed %s", when).isEqualTo(expected);
	}

	private static int[] randomNeeds(Random random) {
		return new int[] { 1 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(4) };
	}

	private static AssetRequest request(String name, int[] n) {
		return new AssetRequest(name, AssetType.SOFTWARE, null, null, null, n[0], n[1], n[2], n[3]);
	}
}
