package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.ordo.identity.Role;
import dev.ordo.records.AuditTrail;
import dev.ordo.riskassessment.domain.BulkInserts;
import dev.ordo.riskassessment.domain.KeptCounts;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;
import dev.ordo.support.StatementCounting;

/**
 * A change of the risk criteria (ISO/IEC 27001 6.1.2 a, b) re-maps every rating of the organization by rule, in a
 * fixed number of SQL statements: the same at 50 and at 5,000 risks (rows inserted directly with JDBC batches).
 */
class CriteriaRemappingTest extends IntegrationTest {

	/** Ordo's default 5 × 5 matrix, in which the risks below are rated. */
	static final int[][] DEFAULT_MATRIX = { { 1, 1, 2, 2, 2 }, { 1, 2, 2, 3, 3 }, { 2, 2, 3, 4, 4 },
			{ 2, 3, 4, 4, 5 }, { 3, 4, 4, 5, 5 } };

	/** The new 3 × 3 matrix: (2, 2) falls from level 2 to 1 although its positions stay, a change of level only. */
	static final int[][] NEW_MATRIX = { { 1, 1, 2 }, { 1, 1, 3 }, { 2, 3, 3 } };

	/** Positions 1..5 on a scale of 5 onto a scale of 3 by the proportional rule: 1, 2, 2, 3, 3. */
	static final int[] FIVE_TO_THREE = { 0, 1, 2, 2, 3, 3 };

	static final String[] KINDS = { "inherent", "current", "residual" };

	@Test
	void everyRatingIsReMappedByRuleWithTheSameNumberOfStatementsAt50And5000Risks() throws Exception {
		TestOrg small = fixtures().organization("Remap 50");
		TestOrg large = fixtures().organization("Remap 5000");
		TestOrg other = fixtures().organization("Remap other");
		insert(small, 50);
		insert(large, 5_000);
		insert(other, 50);
		Map<UUID, Map<String, Object>> otherBefore = rows(other.id());

		long at50 = changeAndCheck(small);
		long at5000 = changeAndCheck(large);
		System.out.println("SQL statements of a change of the risk criteria (50 and 5,000 risks): " + at50 + ", "
				+ at5000);
		assertThat(at5000).isEqualTo(at50);

		// Another organization's risks and history are untouched.
		assertThat(rows(other.id())).isEqualTo(otherBefore);
		assertThat(jdbc().queryForObject("select count(*) from risk_rating where organization_id = ? and reason like "
				+ "'Re-mapped%'", Long.class, other.id())).isZero();
	}

	/** Changes the organization's criteria to 3 × 3, checks every risk and entry, and tells the statements it ran. */
	private long changeAndCheck(TestOrg org) throws Exception {
		Api manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		UUID managerId = org.user(Role.ISMS_MANAGER).id();
		Map<UUID, Map<String, Object>> before = rows(org.id());
		// Look-ups of the token, the members and the criteria, made once before the change is counted.
		manager.get("/api/v1/risk-criteria").andExpect(status().isOk());
		StatementCounting.reset();
		manager.put("/api/v1/risk-criteria", threeByThree()).andExpect(status().isOk());
		long statements = StatementCounting.statements();

		Map<UUID, Map<String, Object>> after = rows(org.id());
		Set<List<Object>> expectedEntries = new HashSet<>();
		for (Map.Entry<UUID, Map<String, Object>> risk : before.entrySet()) {
			Map<String, Object> old = risk.getValue();
			Map<String, Object> now = after.get(risk.getKey());
			boolean changed = false;
			for (String kind : KINDS) {
				Integer l = (Integer) old.get(kind + "_likelihood");
				Integer c = (Integer) old.get(kind + "_consequence");
				if (l == null) {
					assertThat(now.get(kind + "_likelihood")).isNull();
					assertThat(now.get(kind + "_level")).isEqualTo(0);
					continue;
				}
				int toL = FIVE_TO_THREE[l];
				int toC = FIVE_TO_THREE[c];
				int level = NEW_MATRIX[toL - 1][toC - 1];
				assertThat(List.of(now.get(kind + "_likelihood"), now.get(kind + "_consequence"), now.get(kind + "_level")))
					.as("%s rating of %s", kind, old.get("title")).containsExactly(toL, toC, level);
				if (toL != l || toC != c || level != (Integer) old.get(kind + "_level")) {
					changed = true;
					expectedEntries.add(List.of(risk.getKey(), kind.toUpperCase(), toL, toC, level));
				}
			}
			int current = (Integer) now.get("current_level");
			assertThat(now.get("priority_level")).isEqualTo(current > 0 ? current : now.get("inherent_level"));
			assertThat((Long) now.get("version")).isEqualTo((Long) old.get("version") + (changed ? 1 : 0));
			// Re-mapping is no assessment: a pending reassessment stays pending, closed risks stay closed.
			for (String kept : List.of("reassessment_due", "reassessment_reason", "closed", "last_assessed_at", "title")) {
				assertThat(now.get(kept)).isEqualTo(old.get(kept));
			}
		}
		// Risks with only unchanged ratings exist, and get no entry.
		assertThat(expectedEntries.stream().map(e -> e.get(0)).distinct().count()).isLessThan(before.size());

		UUID run = jdbc().queryForObject("select id from risk_assessment_run where organization_id = ? and kind = "
				+ "'CRITERIA_REMAPPING' and started_by = ?", UUID.class, org.id(), managerId);
		Set<List<Object>> entries = new HashSet<>();
		jdbc().query("select risk_id, kind, likelihood, consequence, rating_level, reason, rated_by from risk_rating "
				+ "where organization_id = ? and run_id = ?", rs -> {
					assertThat(rs.getString("reason"))
						.isEqualTo("Re-mapped automatically: risk criteria changed (proportional rule)");
					assertThat(rs.getObject("rated_by", UUID.class)).isEqualTo(managerId);
					entries.add(List.of(rs.getObject("risk_id", UUID.class), rs.getString("kind"), rs.getInt("likelihood"),
							rs.getInt("consequence"), rs.getInt("rating_level")));
				}, org.id(), run);
		assertThat(entries).isEqualTo(expectedEntries);
		assertThat(jdbc().queryForObject("select count(*) from risk_rating where organization_id = ? and run_id = ?",
				Long.class, org.id(), run)).isEqualTo(expectedEntries.size());
		var trail = fixtures().as(org.user(Role.ISMS_MANAGER),
				() -> context.getBean(AuditTrail.class).search("risk-criteria", null, null, null, 1));
		assertThat(trail.items().get(0).summary()).endsWith("; " + expectedEntries.size() + " ratings re-mapped");

		// An edit opened before the change is told that the risk changed meanwhile.
		// An open one: editing a closed risk is refused as closed (409) before its version is looked at.
		UUID edited = expectedEntries.stream().map(e -> (UUID) e.get(0))
			.filter(id -> Boolean.FALSE.equals(before.get(id).get("closed"))).findFirst().orElseThrow();
		manager.put("/api/v1/risks/" + edited, Map.of("title", "Edited on an old version", "kind", "EVENT_BASED",
				"scenario", "stale form", "ownerId", org.user(Role.PROCESS_OWNER).id().toString()),
				"\"" + before.get(edited).get("version") + "\"").andExpect(status().isPreconditionFailed());
		manager.get("/api/v1/risks/" + edited).andExpect(status().isOk());
		return statements;
	}

	/**
	 * The criteria change with {@code -Dordo.remap.risks=N} risks in one organization, each with three ratings (as an
	 * import writes them), timed and logged: a measurement, not a check of a time.
	 */
	@Test
	@EnabledIfSystemProperty(named = "ordo.remap.risks", matches = "\\d+")
	void measureTheChangeAtManyRisks() throws Exception {
		int count = Integer.parseInt(System.getProperty("ordo.remap.risks"));
		TestOrg org = fixtures().organization("Remap measure");
		UUID owner = org.user(Role.PROCESS_OWNER).id();
		List<BulkInserts.NewRisk> risks = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int[][] ratings = { rating(i), rating(i / 5), rating(i / 25) };
			int[] levels = new int[3];
			for (int k = 0; k < 3; k++) {
				levels[k] = DEFAULT_MATRIX[ratings[k][0] - 1][ratings[k][1] - 1];
			}
			risks.add(new BulkInserts.NewRisk(BulkInserts.newId(), "Risk " + i, RiskKind.EVENT_BASED, null, null, null,
					null, "Scenario " + i, "Operational", owner, ratings, levels));
		}
		long start = System.nanoTime();
		context.getBean(BulkInserts.class).risks(org.id(), risks, owner, "measurement", Instant.now(), org.id());
		long inserted = System.nanoTime();
		if (jdbc().execute((ConnectionCallback<Boolean>) c -> c.getMetaData().getDatabaseProductName()
			.equals("PostgreSQL"))) {
			jdbc().execute("analyze risk");
			jdbc().execute("analyze risk_rating");
		}
		Api manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		manager.get("/api/v1/risk-criteria").andExpect(status().isOk());
		long change = System.nanoTime();
		StatementCounting.reset();
		manager.put("/api/v1/risk-criteria", threeByThree()).andExpect(status().isOk());
		long done = System.nanoTime();
		long statements = StatementCounting.statements();
		long remapped = jdbc().queryForObject("select count(*) from risk_rating h join risk_assessment_run r on "
				+ "r.id = h.run_id where r.organization_id = ? and r.kind = 'CRITERIA_REMAPPING'", Long.class, org.id());
		System.out.printf("Criteria change at %,d risks: %,d ms, %d SQL statements, %,d ratings re-mapped "
				+ "(risks inserted in %,d ms)%n", count, (done - change) / 1_000_000, statements, remapped,
				(inserted - start) / 1_000_000);
		assertThat(remapped).isPositive();
	}

	private static int[] rating(int i) {
		return new int[] { 1 + i % 5, 1 + (i / 5) % 5 };
	}

	static Map<String, Object> threeByThree() {
		Map<String, Object> criteria = new HashMap<>();
		criteria.put("likelihood", List.of(Map.of("name", "Low"), Map.of("name", "Medium"), Map.of("name", "High")));
		criteria.put("consequence", List.of(Map.of("name", "Small"), Map.of("name", "Medium"), Map.of("name", "Large")));
		criteria.put("riskLevels", List.of(Map.of("name", "Acceptable"), Map.of("name", "Tolerable"),
				Map.of("name", "Intolerable")));
		List<List<Integer>> matrix = new ArrayList<>();
		for (int[] row : NEW_MATRIX) {
			matrix.add(List.of(row[0], row[1], row[2]));
		}
		criteria.put("matrix", matrix);
		criteria.put("acceptanceThreshold", 1);
		criteria.put("reason", "simpler scales");
		return criteria;
	}

	/**
	 * Risks with every combination: inherent ratings over the whole 5 × 5 grid, current ratings on two risks of three,
	 * residual ratings at (1, 1) (unchanged by the new criteria) on every other risk; some due for reassessment, some
	 * closed, versions 0 to 2. The first risk's ratings all stay as they are.
	 */
	private void insert(TestOrg org, int count) {
		UUID owner = org.user(Role.PROCESS_OWNER).id();
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int[] inherent = rating(i);
			int[] current = i % 3 == 0 ? null : rating(i + 7);
			int[] residual = i % 2 == 0 ? new int[] { 1, 1 } : null;
			int inherentLevel = DEFAULT_MATRIX[inherent[0] - 1][inherent[1] - 1];
			int currentLevel = current == null ? 0 : DEFAULT_MATRIX[current[0] - 1][current[1] - 1];
			rows.add(new Object[] { UUID.randomUUID(), org.id(), "Risk " + i, "Scenario " + i, owner, inherent[0],
					inherent[1], inherentLevel, current == null ? null : current[0], current == null ? null : current[1],
					currentLevel, residual == null ? null : 1, residual == null ? null : 1, residual == null ? 0 : 1,
					currentLevel > 0 ? currentLevel : inherentLevel, i % 4 == 1, i % 4 == 1 ? "an incident" : null,
					owner, now, now, (long) (i % 3), i % 7 == 3, "risk " + i });
		}
		jdbc().batchUpdate("insert into risk (id, organization_id, title, kind, scenario, owner_id, inherent_likelihood, "
				+ "inherent_consequence, inherent_level, current_likelihood, current_consequence, current_level, "
				+ "residual_likelihood, residual_consequence, residual_level, priority_level, reassessment_due, "
				+ "reassessment_reason, identified_by, identified_at, last_assessed_at, version, closed, sort_title) "
				+ "values (?, ?, ?, 'EVENT_BASED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		// Written with SQL, so no event tells the kept counts (an import publishes one).
		context.getBean(KeptCounts.class).changed(org.id(), KeptCounts.Register.RISKS);
	}

	/** Every risk of the organization with the columns a re-mapping may touch or must keep. */
	private Map<UUID, Map<String, Object>> rows(UUID org) {
		Map<UUID, Map<String, Object>> rows = new HashMap<>();
		jdbc().query("select id, title, inherent_likelihood, inherent_consequence, inherent_level, current_likelihood, "
				+ "current_consequence, current_level, residual_likelihood, residual_consequence, residual_level, "
				+ "priority_level, reassessment_due, reassessment_reason, closed, last_assessed_at, version "
				+ "from risk where organization_id = ?", rs -> {
					Map<String, Object> row = new HashMap<>();
					for (int c = 2; c <= rs.getMetaData().getColumnCount(); c++) {
						Object value = rs.getObject(c);
						row.put(rs.getMetaData().getColumnLabel(c).toLowerCase(),
								value instanceof Number n && !(value instanceof Long) ? n.intValue() : value);
					}
					rows.put(rs.getObject(1, UUID.class), row);
				}, org);
		return rows;
	}

	private JdbcTemplate jdbc() {
		return context.getBean(JdbcTemplate.class);
	}
}
