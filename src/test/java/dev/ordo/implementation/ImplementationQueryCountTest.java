package dev.ordo.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
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
 * The list, the detail and the Annex A coverage of applied controls run a fixed number of SQL statements whatever
 * the size of the data: the same count with 50 and with 5,000 applied controls (rows inserted directly with JDBC
 * batches; the controls need not exist in a catalog for the list, and coverage must not look each one up).
 */
class ImplementationQueryCountTest extends IntegrationTest {

	static final List<String> ENDPOINTS = List.of("/api/v1/applied-controls?size=50",
			"/api/v1/applied-controls?size=100&sort=due&status=IN_PROGRESS",
			"/api/v1/applied-controls?size=100&overdue=true&sort=verified", "/api/v1/applied-controls?q=control%201",
			"/api/v1/applied-controls/coverage?catalog=iso27001-2022", "DETAIL");

	@Test
	void listAndDetailRunTheSameNumberOfStatementsAt50And5000Rows() throws Exception {
		TestOrg org = fixtures().organization("Impl count");
		Api api = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		UUID owner = org.user(Role.PROCESS_OWNER).id();
		List<UUID> ids = new ArrayList<>();
		insert(org.id(), owner, 0, 50, ids);
		Map<String, Long> at50 = count(api, ids.get(0));
		insert(org.id(), owner, 50, 5_000, ids);
		api.get("/api/v1/applied-controls?size=1").andExpect(jsonPath("$.totalItems").value(5_000));
		Map<String, Long> at5000 = count(api, ids.get(0));
		assertThat(at5000).isEqualTo(at50);
		assertThat(at50.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 8L));
		System.out.println("SQL statements per applied-controls request (50 and 5,000 rows): " + at50);
	}

	private Map<String, Long> count(Api api, UUID id) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String endpoint : ENDPOINTS) {
			String path = endpoint.equals("DETAIL") ? "/api/v1/applied-controls/" + id : endpoint;
			api.get(path).andExpect(status().isOk());
			StatementCounting.reset();
			api.get(path).andExpect(status().isOk());
			counts.put(endpoint, StatementCounting.statements());
		}
		return counts;
	}

	private void insert(UUID org, UUID owner, int from, int to, List<UUID> ids) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		OffsetDateTime now = OffsetDateTime.now();
		LocalDate today = LocalDate.now();
		String[] statuses = { "PLANNED", "IN_PROGRESS", "IMPLEMENTED", "VERIFIED" };
		List<Object[]> controls = new ArrayList<>();
		List<Object[]> evidence = new ArrayList<>();
		List<Object[]> verifications = new ArrayList<>();
		for (int i = from; i < to; i++) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			String status = statuses[i % 4];
			boolean operating = i % 4 >= 2;
			controls.add(new Object[] { id, org, "bulk-" + (i / 1000), "c-" + i, "Control " + i, "Bulk control " + i,
					status, owner, Date.valueOf(today.plusDays(i % 60 - 30)),
					operating ? Date.valueOf(today.minusDays(i % 500)) : null,
					operating ? Date.valueOf(today.minusDays(i % 400)) : null, now, now });
			evidence.add(new Object[] { UUID.randomUUID(), org, ids.get(0), "https://wiki.example/" + i, owner, now });
			verifications.add(new Object[] { UUID.randomUUID(), org, ids.get(0),
					Date.valueOf(today.minusDays(i % 300)), owner, now });
		}
		jdbc.batchUpdate("insert into applied_control (id, organization_id, catalog_id, control_id, control_label, "
				+ "control_title, status, owner_id, due_date, implemented_on, last_verified_on, created_at, updated_at, "
				+ "version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", controls);
		// Evidence and verifications pile up on the first control: the detail shows at most 200 of each.
		jdbc.batchUpdate("insert into applied_control_evidence (id, organization_id, applied_control_id, url, added_by, "
				+ "added_at) values (?, ?, ?, ?, ?, ?)", evidence);
		jdbc.batchUpdate("insert into control_verification (id, organization_id, applied_control_id, verified_on, "
				+ "verified_by, outcome, recorded_at) values (?, ?, ?, ?, ?, 'EFFECTIVE', ?)", verifications);
	}
}
