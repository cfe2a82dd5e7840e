package dev.ordo.risktreatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.ordo.frameworks.Frameworks;
import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.risktreatment.application.RiskTreatmentService;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.IntegrationTest;

class RiskTreatmentPagesTest extends IntegrationTest {

	private RequestPostProcessor as(TestUser user) {
		return authentication(OrdoAuthentication.of(fixtures().principal(user)));
	}

	@Test
	void theOwnerDecidesOnTheTreatmentPageAndTheBoardListsThePlan() throws Exception {
		var org = fixtures().organization("Treatment pages");
		var manager = org.user(Role.ISMS_MANAGER);
		var owner = org.user(Role.PROCESS_OWNER);
		var risk = fixtures().as(manager, () -> {
			var r = context.getBean(RiskService.class).identify(new RiskRequest("Office flooded", RiskKind.EVENT_BASED,
					null, null, null, null, "Pipe bursts", null, owner.id()));
			var treatments = context.getBean(RiskTreatmentService.class);
			treatments.plan(r.id(), new TreatmentRequest(TreatmentOption.MODIFY, "sensors",
					List.of(new ControlRef(Frameworks.ISO27001_2022, "A.7.5"))));
			treatments.addPlanItem(r.id(), new PlanItemRequest("Install water sensors", owner.id(), "2030-01-31",
					null, null, PlanItemStatus.IN_PROGRESS));
			return r;
		});
		String page = mvc.perform(get("/risks/" + risk.id() + "/treatment").with(as(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("A.7.5", "Install water sensors", "Request acceptance");
		mvc.perform(post("/risks/" + risk.id() + "/treatment/acceptance").with(as(manager)).with(csrf()))
			.andExpect(redirectedUrl("/risks/" + risk.id() + "/treatment"));
		assertThat(mvc.perform(get("/risks/" + risk.id() + "/treatment").with(as(manager))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("id=\"decision\"");
		String rejected = mvc.perform(post("/risks/" + risk.id() + "/treatment/decision").with(as(owner)).with(csrf())
			.param("accepted", "false").param("comment", "")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(rejected).contains("id=\"comment-error\"", "is required when rejecting");
		mvc.perform(post("/risks/" + risk.id() + "/treatment/decision").with(as(owner)).with(csrf())
			.param("accepted", "true").param("comment", "sensors will do"))
			.andExpect(redirectedUrl("/risks/" + risk.id() + "/treatment"));
		assertThat(mvc.perform(get("/risks/" + risk.id() + "/treatment").with(as(owner))).andReturn().getResponse()
			.getContentAsString()).contains("id=\"approval\"", "sensors will do");
		String board = mvc.perform(get("/treatment").param("status", "IN_PROGRESS").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(board).contains("Install water sensors", "Office flooded", "status-in_progress");
		assertThat(mvc.perform(get("/risks/" + risk.id()).with(as(owner))).andReturn().getResponse()
			.getContentAsString()).contains("id=\"treatment-link\"");
	}
}
