package dev.ordo.risktreatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.ordo.frameworks.Frameworks;
import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RatingRequest;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.risktreatment.application.AcceptanceService;
import dev.ordo.risktreatment.application.RiskTreatmentService;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.IntegrationTest;

/**
 * The treatment status of a page of risks, as the risk register's fragment and over the API: three risks in
 * different states (treated with a plan partly done and overdue and the residual risk accepted; retained with the
 * acceptance waiting for the owner; not treated), another organization's risk left out, and bad ids refused.
 */
class TreatmentStatusesTest extends IntegrationTest {

	private TestOrg org;

	private UUID treated;

	private UUID retained;

	private UUID untreated;

	private UUID foreign;

	private String acceptedUntil;

	@BeforeEach
	void threeRisksInDifferentStatesAndOneOfAnotherOrganization() {
		org = fixtures().organization("Treatment statuses");
		TestUser manager = org.user(Role.ISMS_MANAGER);
		TestUser owner = org.user(Role.PROCESS_OWNER);
		treated = fixtures().as(manager, () -> {
			UUID id = ratedRisk("Ransomware encrypts the file server", owner);
			RiskTreatmentService treatments = context.getBean(RiskTreatmentService.class);
			treatments.plan(id, new TreatmentRequest(TreatmentOption.MODIFY, "backups and malware protection",
					List.of(new ControlRef(Frameworks.ISO27001_2022, "A.8.7"))));
			treatments.addPlanItem(id, item("Offline backups", owner, "2030-01-31", PlanItemStatus.DONE));
			treatments.addPlanItem(id, item("Malware protection", owner, "2020-01-31", PlanItemStatus.PLANNED));
			treatments.addPlanItem(id, item("Restore drill", owner, "2030-06-30", PlanItemStatus.IN_PROGRESS));
			treatments.addPlanItem(id, item("Tape library", owner, "2020-01-31", PlanItemStatus.CANCELLED));
			context.getBean(AcceptanceService.class).request(id);
			return id;
		});
		fixtures().as(owner, () -> context.getBean(AcceptanceService.class).decide(treated, true, "acceptable"));
		acceptedUntil = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(fixtures().as(owner,
				() -> context.getBean(AcceptanceService.class).latest(treated)).expiresAt());
		retained = fixtures().as(manager, () -> {
			UUID id = ratedRisk("Office flooded", owner);
			context.getBean(RiskTreatmentService.class).plan(id,
					new TreatmentRequest(TreatmentOption.RETAIN, "ground floor is dry", List.of()));
			context.getBean(AcceptanceService.class).request(id);
			return id;
		});
		untreated = fixtures().as(manager, () -> ratedRisk("Laptop stolen", owner));
		TestOrg other = fixtures().organization("Treatment statuses, other");
		foreign = fixtures().as(other.user(Role.ISMS_MANAGER), () -> {
			UUID id = ratedRisk("Their risk", other.user(Role.PROCESS_OWNER));
			context.getBean(RiskTreatmentService.class).plan(id,
					new TreatmentRequest(TreatmentOption.AVOID, "stop doing it", List.of()));
			return id;
		});
	}

	private UUID ratedRisk(String title, TestUser owner) {
		UUID id = context.getBean(RiskService.class).identify(new RiskRequest(title, RiskKind.EVENT_BASED, null, null,
				null, null, "cause", null, owner.id())).id();
		context.getBean(RiskService.class).rate(id, new RatingRequest(RatingKind.RESIDUAL, 1, 2, "after treatment"));
		return id;
	}

	private static PlanItemRequest item(String title, TestUser owner, String due, PlanItemStatus status) {
		return new PlanItemRequest(title, owner.id(), due, null, null, status);
	}

	private RequestPostProcessor as(TestUser user) {
		return authentication(OrdoAuthentication.of(fixtures().principal(user)));
	}

	private String ids(UUID... ids) {
		return List.of(ids).stream().map(UUID::toString).collect(Collectors.joining(","));
	}

	@Test
	void theRegisterFragmentFillsEachRisksCellOutOfBandAndLeavesAnotherOrganizationsOut() throws Exception {
		String fragment = mvc.perform(get("/risks/treatment/statuses").param("ids", ids(treated, retained, untreated,
				foreign)).with(as(org.user(Role.VIEWER)))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(fragment).doesNotContain("<html", "<td", foreign.toString(), "Their risk", "avoid");
		// One span per risk, each replacing the register's span of the same id; cancelled actions are not counted.
		assertThat(fragment).contains("<span id=\"treatment-" + treated + "\" class=\"treatment-status\" "
				+ "hx-swap-oob=\"true\"><a href=\"/risks/" + treated + "/treatment\">modify</a><br>"
				+ "<span class=\"tag overdue\">1 of 3 actions done, 1 overdue</span><br>"
				+ "<span>accepted until " + acceptedUntil + "</span></span>");
		assertThat(fragment).contains("<span id=\"treatment-" + retained + "\" class=\"treatment-status\" "
				+ "hx-swap-oob=\"true\"><a href=\"/risks/" + retained + "/treatment\">retain</a><br>"
				+ "<span>no actions</span><br><span>acceptance requested</span></span>");
		// A risk not treated says only that.
		assertThat(fragment).contains("<span id=\"treatment-" + untreated + "\" class=\"treatment-status\" "
				+ "hx-swap-oob=\"true\"><a href=\"/risks/" + untreated + "/treatment\">not chosen yet</a></span>");
		assertThat(fragment.indexOf("treatment-" + treated)).isLessThan(fragment.indexOf("treatment-" + retained));

		// The other organization sees its own risk only.
		String theirs = mvc.perform(get("/risks/treatment/statuses").param("ids", ids(treated, foreign))
			.with(as(fixtures().organization("Treatment statuses, third").user(Role.ISMS_MANAGER))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(theirs).doesNotContain("treatment-status");
	}

	@Test
	void theFragmentRefusesMoreThanAPageOfIdsAndMalformedOnes() throws Exception {
		TestUser viewer = org.user(Role.VIEWER);
		String hundred = String.join(",", Collections.nCopies(99, UUID.randomUUID().toString())) + "," + treated;
		mvc.perform(get("/risks/treatment/statuses").param("ids", hundred).with(as(viewer)))
			.andExpect(status().isOk());
		String hundredAndOne = hundred + "," + UUID.randomUUID();
		assertThat(mvc.perform(get("/risks/treatment/statuses").param("ids", hundredAndOne).with(as(viewer)))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
			.contains("at most 100 risks");
		assertThat(mvc.perform(get("/risks/treatment/statuses").param("ids", treated + ",not-a-risk").with(as(viewer)))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
			.contains("not-a-risk").doesNotContain("treatment-status");
		// UUID.fromString would read "1-2-3-4-5" as an id: it is not one.
		mvc.perform(get("/risks/treatment/statuses").param("ids", "1-2-3-4-5").with(as(viewer)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/risks/treatment/statuses").with(as(viewer))).andExpect(status().isBadRequest());
	}

	@Test
	void theApiAnswersTheSameAsJsonInTheOrderAsked() throws Exception {
		Api viewer = new Api(mvc, fixtures().token(org.user(Role.VIEWER)));

		viewer.get("/api/v1/treatment-statuses?riskIds=" + ids(untreated, foreign, treated, retained))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].riskId").value(untreated.toString()))
			.andExpect(jsonPath("$[0].option").doesNotExist())
			.andExpect(jsonPath("$[0].plan.open").value(0))
			.andExpect(jsonPath("$[0].acceptanceStatus").doesNotExist())
			.andExpect(jsonPath("$[1].riskId").value(treated.toString()))
			.andExpect(jsonPath("$[1].option").value("MODIFY"))
			.andExpect(jsonPath("$[1].plan.open").value(2))
			.andExpect(jsonPath("$[1].plan.done").value(1))
			.andExpect(jsonPath("$[1].plan.overdue").value(1))
			.andExpect(jsonPath("$[1].plan.cancelled").value(1))
			.andExpect(jsonPath("$[1].acceptanceStatus").value("ACCEPTED"))
			.andExpect(jsonPath("$[1].acceptanceExpiresAt").value(startsWith(acceptedUntil)))
			.andExpect(jsonPath("$[2].riskId").value(retained.toString()))
			.andExpect(jsonPath("$[2].option").value("RETAIN"))
			.andExpect(jsonPath("$[2].plan.done").value(0))
			.andExpect(jsonPath("$[2].acceptanceStatus").value("REQUESTED"))
			.andExpect(jsonPath("$[2].acceptanceExpiresAt").doesNotExist());
		// Only another organization's risk: nothing, as for an unknown one.
		viewer.get("/api/v1/treatment-statuses?riskIds=" + foreign).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void theApiRefusesBadIdsWithAProblemNamingRiskIds() throws Exception {
		Api viewer = new Api(mvc, fixtures().token(org.user(Role.VIEWER)));
		String tooMany = String.join(",", Collections.nCopies(101, treated.toString()));

		for (String query : List.of("?riskIds=" + tooMany, "?riskIds=" + treated + ",x", "?riskIds=", "")) {
			viewer.get("/api/v1/treatment-statuses" + query).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("urn:ordo:problem:validation"))
				.andExpect(jsonPath("$.errors[0].field").value("riskIds"));
		}
		viewer.get("/api/v1/treatment-statuses?riskIds=" + tooMany)
			.andExpect(jsonPath("$.errors[0].message").value("at most 100 risks at once (was 101)"));
		viewer.get("/api/v1/treatment-statuses?riskIds=" + treated + ",x")
			.andExpect(jsonPath("$.errors[0].message").value("must be risk ids (UUID) separated by commas (was \"x\")"));
	}
}
