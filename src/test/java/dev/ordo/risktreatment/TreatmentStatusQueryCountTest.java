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
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.risktreatment.application.TreatmentStatuses;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.IntegrationTest;
import dev.ordo.support.StatementCounting;

/**
 * The treatment statuses of a register page (the fragment and the API) run a fixed number of SQL statements whatever
 * the number of risks, treatments, plan items and acceptances, and whatever the number of risks asked for: the same
 * count for 50 of 50 risks, and for 50 and for 100 of 5,000 (rows inserted with JDBC batches; each risk treated, with
 * three plan items and two acceptances). The read itself is four statements.
 */
class TreatmentStatusQueryCountTest extends IntegrationTest {

	@Test
	void aPageOfStatusesRunsTheSameNumberOfStatementsAt50And5000Risks() throws Exception {
		TestOrg org = fixtures().organization("Status count");
		TestUser viewer = org.user(Role.VIEWER);
		Api api = new Api(mvc, fixtures().token(viewer));
		List<UUID> risks = new ArrayList<>();
		insert(org.id(), org.user(Role.PROCESS_OWNER).id(), 0, 50, risks);
		List<UUID> first50 = List.copyOf(risks);
		Map<String, Long> at50 = count(api, viewer, first50);
		insert(org.id(), org.user(Role.PROCESS_OWNER).id(), 50, 5_000, risks);
		List<UUID> last100 = risks.subList(4_900, 5_000);
		api.get("/api/v1/treatment-statuses?riskIds=" + join(last100)).andExpect(jsonPath("$.length()").value(100))
			.andExpect(jsonPath("$[99].plan.open").isNumber()).andExpect(jsonPath("$[99].acceptanceStatus").exists());
		Map<String, Long> at5000 = count(api, viewer, first50);
		Map<String, Long> at5000Of100 = count(api, viewer, last100);

		assertThat(at5000).isEqualTo(at50);
		assertThat(at5000Of100).isEqualTo(at50);
		// The risks, their options, their plans counted, their latest acceptances: one statement each, never per risk.
		assertThat(at50.get("read")).isEqualTo(4);
		System.out.println("SQL statements per treatment-status request (50 of 50, 50 and 100 of 5,000 risks): "
				+ at50);
	}

	private Map<String, Long> count(Api api, TestUser viewer, List<UUID> ids) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		String apiPath = "/api/v1/treatment-statuses?riskIds=" + join(ids);
		// Each once to warm up what is kept (token look-up, members), then counted.
		api.get(apiPath).andExpect(status().isOk());
		StatementCounting.reset();
		api.get(apiPath).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(ids.size()));
		counts.put("api", StatementCounting.statements());
		var fragment = get("/risks/treatment/statuses").param("ids", join(ids))
			.with(authentication(OrdoAuthentication.of(fixtures().principal(viewer))));
		mvc.perform(fragment).andExpect(status().isOk());
		StatementCounting.reset();
		mvc.perform(fragment).andExpect(status().isOk());
		counts.put("fragment", StatementCounting.statements());
		// The read alone, without what signing in as the viewer takes.
		long[] read = fixtures().as(viewer, () -> {
			StatementCounting.reset();
			int found = context.getBean(TreatmentStatuses.class).of(ids).size();
			return new long[] { found, StatementCounting.statements() };
		});
		assertThat(read[0]).isEqualTo(ids.size());
		counts.put("read", read[1]);
		return counts;
	}

	private static String join(List<UUID> ids) {
		return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
	}

	/**
	 * Per risk: its treatment (the options in turn), three plan items (the statuses in turn, some due in the past)
	 * and two acceptances, an expired one and a later one in one of the other states.
	 */
	private void insert(UUID org, UUID owner, int from, int to, List<UUID> ids) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		OffsetDateTime now = OffsetDateTime.now();
		LocalDate today = LocalDate.now();
		TreatmentOption[] options = TreatmentOption.values();
		PlanItemStatus[] statuses = PlanItemStatus.values();
		AcceptanceStatus[] later = { AcceptanceStatus.REQUESTED, AcceptanceStatus.ACCEPTED, AcceptanceStatus.REJECTED,
				AcceptanceStatus.WITHDRAWN };
		List<Object[]> risks = new ArrayList<>();
		List<Object[]> treatments = new ArrayList<>();
		List<Object[]> items = new ArrayList<>();
		List<Object[]> acceptances = new ArrayList<>();
		for (int i = from; i < to; i++) {
			UUID risk = UUID.randomUUID();
			ids.add(risk);
			risks.add(new Object[] { risk, org, "Bulk risk " + i, owner, now, now, "bulk risk " + i });
			treatments.add(new Object[] { UUID.randomUUID(), org, risk, options[i % options.length].name() });
			for (int j = 0; j < 3; j++) {
				items.add(new Object[] { UUID.randomUUID(), org, risk, "Bulk action " + i + "." + j, owner,
						java.sql.Date.valueOf(today.plusDays((i + j) % 40 - 20)),
						statuses[(i + j) % statuses.length].name() });
			}
			acceptances.add(new Object[] { UUID.randomUUID(), org, risk, AcceptanceStatus.EXPIRED.name(),
					now.minusDays(400), now.minusDays(35) });
			acceptances.add(new Object[] { UUID.randomUUID(), org, risk, later[i % later.length].name(),
					now.minusDays(1), now.plusDays(364) });
		}
		jdbc.batchUpdate("insert into risk (id, organization_id, title, kind, owner_id, inherent_level, current_level, "
				+ "residual_level, priority_level, reassessment_due, identified_at, last_assessed_at, version, sort_title) "
				+ "values (?, ?, ?, 'EVENT_BASED', ?, 0, 0, 0, 0, false, ?, ?, 0, ?)", risks);
		jdbc.batchUpdate("insert into risk_treatment (id, organization_id, risk_id, treatment_option, rationale, "
				+ "version) values (?, ?, ?, ?, 'bulk', 0)", treatments);
		jdbc.batchUpdate("insert into treatment_plan_item (id, organization_id, risk_id, title, owner_id, due_date, "
				+ "status, version) values (?, ?, ?, ?, ?, ?, ?, 0)", items);
		jdbc.batchUpdate("insert into risk_acceptance (id, organization_id, risk_id, status, requested_at, expires_at, "
				+ "version) values (?, ?, ?, ?, ?, ?, 0)", acceptances);
	}
}
