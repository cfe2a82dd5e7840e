package dev.ordo.risktreatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.ordo.identity.Role;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;
import dev.ordo.support.StatementCounting;

/**
 * The Statement of Applicability runs a fixed number of SQL statements whatever the size of the data: the same count
 * with 30 and with 3,000 treated risks, applied controls (with evidence) and decisions (rows inserted with JDBC
 * batches).
 */
class SoaQueryCountTest extends IntegrationTest {

	static final List<String> ENDPOINTS = List.of("/api/v1/soa/draft", "/api/v1/soa/versions", "/api/v1/soa",
			"/api/v1/soa/versions/1");

	@Test
	void theSoaRunsTheSameNumberOfStatementsAt30And3000Records() throws Exception {
		TestOrg org = fixtures().organization("SoA count");
		Api manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		Api top = new Api(mvc, fixtures().token(org.user(Role.TOP_MANAGEMENT)));
		insert(org.id(), org.user(Role.ISMS_MANAGER).id(), 0, 30);
		SoaDecisions.stateScope(manager);
		SoaDecisions.excludeUndecided(manager);
		String id = Api.json(manager.post("/api/v1/soa/versions", null).andExpect(status().isAccepted())).get("id")
			.asString();
		top.post("/api/v1/soa/versions/" + id + "/decision", Map.of("approved", true)).andExpect(status().isOk());
		Map<String, Long> at30 = count(manager);
		insert(org.id(), org.user(Role.ISMS_MANAGER).id(), 30, 3_000);
		manager.get("/api/v1/soa/draft").andExpect(jsonPath("$.controls[0].risks.length()").value(3_000 / 93 + 1));
		Map<String, Long> at3000 = count(manager);
		assertThat(at3000).isEqualTo(at30);
		assertThat(at30.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 12L));
		System.out.println("SQL statements per SoA request (30 and 3,000 records): " + at30);
	}

	private Map<String, Long> count(Api api) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String endpoint : ENDPOINTS) {
			api.get(endpoint).andExpect(status().isOk());
			StatementCounting.reset();
			api.get(endpoint).andExpect(status().isOk());
			counts.put(endpoint, StatementCounting.statements());
		}
		return counts;
	}

	/** Per record: a risk treated with an Annex A control, an applied control of a bulk catalog with evidence. */
	private void insert(UUID org, UUID user, int from, int to) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		OffsetDateTime now = OffsetDateTime.now();
		List<Object[]> risks = new ArrayList<>();
		List<Object[]> treatments = new ArrayList<>();
		List<Object[]> controls = new ArrayList<>();
		List<Object[]> evidence = new ArrayList<>();
		for (int i = from; i < to; i++) {
			UUID risk = UUID.randomUUID();
			String control = annexA(i);
			risks.add(new Object[] { risk, org, "Bulk risk " + i, user, now, now, "bulk risk " + i });
			treatments.add(new Object[] { UUID.randomUUID(), org, risk, "iso27001-2022|" + control + "\n", user, now });
			UUID applied = UUID.randomUUID();
			controls.add(new Object[] { applied, org, "bulk", "c-" + i, "C-" + i, "Bulk control " + i, now, now });
			evidence.add(new Object[] { UUID.randomUUID(), org, applied, "https://wiki.example/" + i, user, now });
		}
		jdbc.batchUpdate("insert into risk (id, organization_id, title, kind, owner_id, inherent_level, current_level, "
				+ "residual_level, priority_level, reassessment_due, identified_at, last_assessed_at, version, sort_title) "
				+ "values (?, ?, ?, 'EVENT_BASED', ?, 0, 0, 0, 0, false, ?, ?, 0, ?)", risks);
		jdbc.batchUpdate("insert into risk_treatment (id, organization_id, risk_id, treatment_option, rationale, "
				+ "controls, updated_by, updated_at, version) values (?, ?, ?, 'MODIFY', 'bulk', ?, ?, ?, 0)", treatments);
		jdbc.batchUpdate("insert into applied_control (id, organization_id, catalog_id, control_id, control_label, "
				+ "control_title, status, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, 'IMPLEMENTED', ?, ?, 0)",
				controls);
		jdbc.batchUpdate("insert into applied_control_evidence (id, organization_id, applied_control_id, url, added_by, "
				+ "added_at) values (?, ?, ?, ?, ?, ?)", evidence);
	}

	/** The i-th Annex A control, round robin over A.5.1–A.5.37, A.6.1–A.6.8, A.7.1–A.7.14, A.8.1–A.8.34. */
	static String annexA(int i) {
		int n = i % 93;
		if (n < 37) {
			return "A.5." + (n + 1);
		}
		if (n < 45) {
			return "A.6." + (n - 36);
		}
		if (n < 59) {
			return "A.7." + (n - 44);
		}
		return "A.8." + (n - 58);
	}
}
