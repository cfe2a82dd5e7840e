package dev.ordo.risktreatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;
import dev.ordo.support.StatementCounting;

/**
 * The treatment plan board and the plan-item list run a fixed number of SQL statements whatever the number of plan
 * items and of the risks they belong to: the same count with 100 and with 5,000 (rows inserted with JDBC batches),
 * each item of its own risk so that a page names 100 different risks. The smaller size fills every page asked for
 * (each board column has 25 items for 20 places): a page that holds the whole list skips the count query, which would
 * make the smaller count lower without anything growing with the data.
 */
class TreatmentQueryCountTest extends IntegrationTest {

	static final List<String> ENDPOINTS = List.of("/api/v1/treatment-plan-items?size=100",
			"/api/v1/treatment-plan-items?status=PLANNED&size=20", "/api/v1/treatment-plan-items?page=3&size=10");

	@Test
	void theBoardAndThePlanItemListRunTheSameNumberOfStatementsAt100And5000Items() throws Exception {
		TestOrg org = fixtures().organization("Treatment count");
		Api viewer = new Api(mvc, fixtures().token(org.user(Role.VIEWER)));
		insert(org.id(), org.user(Role.PROCESS_OWNER).id(), 0, 100);
		Map<String, Long> at100 = count(viewer, org);
		insert(org.id(), org.user(Role.PROCESS_OWNER).id(), 100, 5_000);
		viewer.get("/api/v1/treatment-plan-items?size=100").andExpect(jsonPath("$.totalItems").value(5_000))
			.andExpect(jsonPath("$.items[99].riskTitle").exists());
		Map<String, Long> at5000 = count(viewer, org);
		assertThat(at5000).isEqualTo(at100);
		// A page names up to 100 risks at both sizes, so reading each risk on its own would count the same twice:
		// the bound is what refuses that.
		assertThat(at100.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 20L));
		System.out.println("SQL statements per treatment plan request (100 and 5,000 items): " + at100);
	}

	private Map<String, Long> count(Api api, TestOrg org) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String endpoint : ENDPOINTS) {
			api.get(endpoint).andExpect(status().isOk());
			StatementCounting.reset();
			api.get(endpoint).andExpect(status().isOk());
			counts.put(endpoint, StatementCounting.statements());
		}
		var board = get("/treatment").with(authentication(OrdoAuthentication.of(
				fixtures().principal(org.user(Role.ISMS_MANAGER)))));
		mvc.perform(board).andExpect(status().isOk());
		StatementCounting.reset();
		mvc.perform(board).andExpect(status().isOk());
		counts.put("/treatment", StatementCounting.statements());
		return counts;
	}

	/** Per row: a risk and one plan item of it, in a status and due date that cycle through all of them. */
	private void insert(UUID org, UUID owner, int from, int to) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		OffsetDateTime now = OffsetDateTime.now();
		LocalDate today = LocalDate.now();
		PlanItemStatus[] statuses = PlanItemStatus.values();
		List<Object[]> risks = new ArrayList<>();
		List<Object[]> items = new ArrayList<>();
		for (int i = from; i < to; i++) {
			UUID risk = UUID.randomUUID();
			risks.add(new Object[] { risk, org, "Bulk risk " + i, owner, now, now, "bulk risk " + i });
			items.add(new Object[] { UUID.randomUUID(), org, risk, "Bulk action " + i, owner,
					java.sql.Date.valueOf(today.plusDays(i % 400 - 200)), statuses[i % statuses.length].name() });
		}
		jdbc.batchUpdate("insert into risk (id, organization_id, title, kind, owner_id, inherent_level, current_level, "
				+ "residual_level, priority_level, reassessment_due, identified_at, last_assessed_at, version, sort_title) "
				+ "values (?, ?, ?, 'EVENT_BASED', ?, 0, 0, 0, 0, false, ?, ?, 0, ?)", risks);
		jdbc.batchUpdate("insert into treatment_plan_item (id, organization_id, risk_id, title, owner_id, due_date, "
				+ "status, version) values (?, ?, ?, ?, ?, ?, ?, 0)", items);
	}
}
