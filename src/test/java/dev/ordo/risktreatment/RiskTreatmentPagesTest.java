package dev.ordo.risktreatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.ordo.frameworks.Frameworks;
import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RatingRequest;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.risktreatment.application.RiskTreatmentService;
import dev.ordo.support.Fixtures.TestOrg;
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
			context.getBean(RiskService.class).rate(r.id(), new RatingRequest(RatingKind.RESIDUAL, 1, 3,
					"sensors warn early"));
			var treatments = context.getBean(RiskTreatmentService.class);
			treatments.plan(r.id(), new TreatmentRequest(TreatmentOption.MODIFY, "sensors",
					List.of(new ControlRef(Frameworks.ISO27001_2022, "A.7.5"))));
			treatments.addPlanItem(r.id(), new PlanItemRequest("Install water sensors", owner.id(), "2030-01-31",
					"12000", null, PlanItemStatus.IN_PROGRESS));
			return r;
		});
		String page = mvc.perform(get("/risks/" + risk.id() + "/treatment").with(as(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("A.7.5", "Install water sensors", "Request acceptance", ">in progress</td>",
				">in progress</option>").doesNotContain(">in_progress<");
		// Costs with thousands separators; the selected control's catalog by its title, not its id.
		assertThat(page).contains(">12,000.00</td>");
		assertThat(page).contains("<td>ISO/IEC 27001:2022</td>")
			.doesNotContain("<td>" + Frameworks.ISO27001_2022 + "</td>");
		mvc.perform(post("/risks/" + risk.id() + "/treatment/acceptance").with(as(manager)).with(csrf()))
			.andExpect(redirectedUrl("/risks/" + risk.id() + "/treatment#acceptance"));
		assertThat(mvc.perform(get("/risks/" + risk.id() + "/treatment").with(as(manager))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("id=\"decision\"");
		assertThat(mvc.perform(get("/risks/" + risk.id() + "/treatment").with(as(owner))).andReturn().getResponse()
			.getContentAsString()).contains("id=\"decision\"", "id=\"residual-to-accept\"");
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
		// Due in 2030: not overdue; an open item due in the past is flagged.
		assertThat(board).doesNotContain("tag overdue");
		fixtures().as(manager, () -> context.getBean(RiskTreatmentService.class).addPlanItem(risk.id(),
				new PlanItemRequest("Test the sensors", owner.id(), "2020-01-31", null, null, PlanItemStatus.PLANNED)));
		assertThat(mvc.perform(get("/treatment").with(as(org.user(Role.VIEWER)))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("Test the sensors", "tag overdue");
		assertThat(mvc.perform(get("/risks/" + risk.id()).with(as(owner))).andReturn().getResponse()
			.getContentAsString()).contains("id=\"treatment-link\"", "/risks/" + risk.id() + "/treatment/summary");
		// The risk page's treatment in short: option, controls, plan progress, the owner's acceptance.
		String summary = mvc.perform(get("/risks/" + risk.id() + "/treatment/summary").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(summary).contains("<dd id=\"summary-option\">modify</dd>", "A.7.5", "0 of 2 actions done, 1 overdue",
				"accepted by " + owner.displayName(), "Open the treatment").doesNotContain("<html");
		var other = fixtures().organization("Treatment pages, other");
		mvc.perform(get("/risks/" + risk.id() + "/treatment/summary").with(as(other.user(Role.ISMS_MANAGER))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRiskWithoutResidualRatingCannotBeOfferedForAcceptance() throws Exception {
		var org = fixtures().organization("Treatment unrated");
		var manager = org.user(Role.ISMS_MANAGER);
		UUID risk = riskWithItem(org, "Supplier fails", "Find a second supplier")[0];
		String page = mvc.perform(get("/risks/" + risk + "/treatment").with(as(manager))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("rate the residual risk").doesNotContain("Request acceptance");
		mvc.perform(post("/risks/" + risk + "/treatment/acceptance").with(as(manager)).with(csrf()))
			.andExpect(redirectedUrl("/risks/" + risk + "/treatment#acceptance"))
			.andExpect(flash().attribute("error", containsString("Rate the residual risk first")));
	}

	/** A risk of {@code org} with one plan item, made by its ISMS manager; answers the risk's and the item's id. */
	private UUID[] riskWithItem(TestOrg org, String title, String item) {
		var manager = org.user(Role.ISMS_MANAGER);
		return fixtures().as(manager, () -> {
			var r = context.getBean(RiskService.class).identify(new RiskRequest(title, RiskKind.EVENT_BASED, null,
					null, null, null, "cause", null, manager.id()));
			var i = context.getBean(RiskTreatmentService.class).addPlanItem(r.id(),
					new PlanItemRequest(item, null, "2030-01-31", "100.00", "2 days", null));
			return new UUID[] { r.id(), i.id() };
		});
	}

	private PlanItemView item(TestUser user, UUID itemId) {
		return fixtures().as(user, () -> context.getBean(RiskTreatmentService.class).planItem(itemId));
	}

	@Test
	void anEditorChangesAPlanItemOnTheTreatmentPage() throws Exception {
		var org = fixtures().organization("Plan edit");
		var manager = org.user(Role.ISMS_MANAGER);
		var owner = org.user(Role.PROCESS_OWNER);
		UUID[] ids = riskWithItem(org, "Laptop stolen", "Encrypt disks");
		String edit = "/risks/" + ids[0] + "/treatment/plan-items/" + ids[1];

		// htmx asks for the row's form only, filled with the item's values
		String row = mvc.perform(get(edit + "/edit").header("HX-Request", "true").with(as(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(row).startsWith("<tr").contains("id=\"plan-item-edit-" + ids[1] + "\"", "value=\"Encrypt disks\"",
				"value=\"2030-01-31\"", "value=\"2 days\"", "name=\"_csrf\"").doesNotContain("<main");
		assertThat(mvc.perform(get("/risks/" + ids[0] + "/treatment").with(as(manager))).andReturn().getResponse()
			.getContentAsString()).contains("id=\"edit-" + ids[1] + "\"");

		mvc.perform(post(edit).with(as(manager)).with(csrf()).param("title", "Encrypt all disks")
			.param("ownerId", owner.id().toString()).param("dueDate", "2030-03-31").param("cost", "250.50")
			.param("effort", "3 days").param("status", "IN_PROGRESS"))
			.andExpect(redirectedUrl("/risks/" + ids[0] + "/treatment#item-" + ids[1]));
		PlanItemView changed = item(manager, ids[1]);
		assertThat(changed.title()).isEqualTo("Encrypt all disks");
		assertThat(changed.owner().userId()).isEqualTo(owner.id());
		assertThat(changed.dueDate()).isEqualTo(LocalDate.of(2030, 3, 31));
		assertThat(changed.cost()).isEqualByComparingTo("250.50");
		assertThat(changed.effort()).isEqualTo("3 days");
		assertThat(changed.status()).isEqualTo(PlanItemStatus.IN_PROGRESS);
		assertThat(mvc.perform(get("/risks/" + ids[0] + "/treatment").with(as(org.user(Role.VIEWER)))).andReturn()
			.getResponse().getContentAsString()).contains("Encrypt all disks", "2030-03-31", "250.50", ">in progress</td>")
			.doesNotContain("id=\"edit-" + ids[1] + "\"", ">in_progress<");
		assertThat(mvc.perform(get("/treatment").with(as(manager))).andReturn().getResponse().getContentAsString())
			.contains(edit + "/edit#item-" + ids[1]);
	}

	@Test
	void anInvalidChangeShowsTheMessagesNextToTheFieldsAndChangesNothing() throws Exception {
		var org = fixtures().organization("Plan edit invalid");
		var manager = org.user(Role.ISMS_MANAGER);
		UUID[] ids = riskWithItem(org, "Server room overheats", "Second air conditioner");
		String edit = "/risks/" + ids[0] + "/treatment/plan-items/" + ids[1];

		String page = mvc.perform(post(edit).with(as(manager)).with(csrf()).param("title", " ")
			.param("dueDate", "2030-02-30").param("cost", "-5").param("status", "DONE"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// the item's own form is open in place of its row, with each message next to its field
		assertThat(page).contains("id=\"plan-item-edit-" + ids[1] + "\"")
			.containsPattern("id=\"title-error-" + ids[1] + "\"[^>]*>must be given<")
			.containsPattern("id=\"dueDate-error-" + ids[1] + "\"[^>]*>must be a date \\(YYYY-MM-DD\\)<")
			.containsPattern("id=\"cost-error-" + ids[1] + "\"[^>]*>must not be negative<")
			.doesNotContain("id=\"title-error\"");
		PlanItemView unchanged = item(manager, ids[1]);
		assertThat(unchanged.title()).isEqualTo("Second air conditioner");
		assertThat(unchanged.dueDate()).isEqualTo(LocalDate.of(2030, 1, 31));
		assertThat(unchanged.cost()).isEqualByComparingTo("100.00");
		assertThat(unchanged.status()).isEqualTo(PlanItemStatus.PLANNED);

		// the add form shares the fields: its messages stay next to its own fields
		assertThat(mvc.perform(post("/risks/" + ids[0] + "/treatment/plan-items").with(as(manager)).with(csrf())
			.param("title", "").param("cost", "-1")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).containsPattern("id=\"title-error\"[^>]*>must be given<")
			.containsPattern("id=\"cost-error\"[^>]*>must not be negative<")
			.doesNotContain("id=\"plan-item-edit-");

		// no change without the CSRF token, nor by a member who may only read
		mvc.perform(post(edit).with(as(manager)).param("title", "forged")).andExpect(status().isForbidden());
		mvc.perform(post(edit).with(as(org.user(Role.VIEWER))).with(csrf()).param("title", "by a viewer"))
			.andExpect(status().isForbidden());
		assertThat(item(manager, ids[1]).title()).isEqualTo("Second air conditioner");
	}

	@Test
	void aPlanItemOfAnotherOrganizationOrRiskCannotBeEdited() throws Exception {
		var mine = fixtures().organization("Plan edit mine");
		var theirs = fixtures().organization("Plan edit theirs");
		var manager = mine.user(Role.ISMS_MANAGER);
		UUID[] own = riskWithItem(mine, "Own risk", "Own action");
		UUID[] other = riskWithItem(mine, "Other risk", "Other action");
		UUID[] foreign = riskWithItem(theirs, "Their risk", "Their action");

		for (String path : List.of("/risks/" + foreign[0] + "/treatment/plan-items/" + foreign[1],
				"/risks/" + own[0] + "/treatment/plan-items/" + foreign[1],
				"/risks/" + own[0] + "/treatment/plan-items/" + other[1])) {
			mvc.perform(post(path).with(as(manager)).with(csrf()).param("title", "hijacked").param("status", "DONE"))
				.andExpect(status().isNotFound());
			mvc.perform(get(path + "/edit").with(as(manager))).andExpect(status().isNotFound());
		}
		assertThat(item(theirs.user(Role.ISMS_MANAGER), foreign[1]).title()).isEqualTo("Their action");
		assertThat(item(manager, other[1]).title()).isEqualTo("Other action");
	}

	@Test
	void anEditorRemovesAPlanItemAfterConfirmingWithAReason() throws Exception {
		var org = fixtures().organization("Plan removal");
		var manager = org.user(Role.ISMS_MANAGER);
		UUID[] ids = riskWithItem(org, "Printer leaks documents", "Pull printing");
		String treatment = "/risks/" + ids[0] + "/treatment";
		String item = treatment + "/plan-items/" + ids[1];
		assertThat(mvc.perform(get(treatment).with(as(manager))).andReturn().getResponse().getContentAsString())
			.contains("id=\"remove-" + ids[1] + "\"");
		assertThat(mvc.perform(get("/treatment").with(as(manager))).andReturn().getResponse().getContentAsString())
			.contains(item + "/remove#item-" + ids[1]);

		// htmx asks for the confirmation in place of the row
		String row = mvc.perform(get(item + "/remove").header("HX-Request", "true").with(as(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(row).startsWith("<tr").contains("id=\"plan-item-remove-" + ids[1] + "\"", "Pull printing",
				"name=\"reason\"", "name=\"_csrf\"").doesNotContain("<main");
		// without a reason the confirmation stays open with the message next to the field
		String missing = mvc.perform(post(item + "/removal").with(as(manager)).with(csrf()).param("reason", " "))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(missing).contains("id=\"plan-item-remove-" + ids[1] + "\"")
			.containsPattern("id=\"reason-error-" + ids[1] + "\"[^>]*>must be given");
		assertThat(item(manager, ids[1]).title()).isEqualTo("Pull printing");

		mvc.perform(post(item + "/removal").with(as(manager)).with(csrf()).param("reason", "printer replaced"))
			.andExpect(redirectedUrl(treatment + "#plan"))
			.andExpect(flash().attribute("notice", containsString("Pull printing")));
		assertThat(mvc.perform(get(treatment).with(as(manager))).andReturn().getResponse().getContentAsString())
			.doesNotContain("Pull printing");
		mvc.perform(get(item + "/remove").with(as(manager))).andExpect(status().isNotFound());
	}

	@Test
	void aPlanItemThatCannotBeRemovedSaysWhyAndOthersCannotRemoveIt() throws Exception {
		var org = fixtures().organization("Plan removal refused");
		var manager = org.user(Role.ISMS_MANAGER);
		var theirs = fixtures().organization("Plan removal theirs");
		UUID[] ids = riskWithItem(org, "Badge cloned", "New badges");
		UUID[] foreign = riskWithItem(theirs, "Their risk", "Their action");
		String item = "/risks/" + ids[0] + "/treatment/plan-items/" + ids[1];
		fixtures().as(manager, () -> context.getBean(RiskTreatmentService.class).changePlanItem(ids[1],
				new PlanItemRequest("New badges", null, "2030-01-31", "100", null, PlanItemStatus.DONE)));
		String row = mvc.perform(get(item + "/remove").header("HX-Request", "true").with(as(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(row).contains("id=\"removal-refused-" + ids[1] + "\"", "done item")
			.doesNotContain("plan-item-remove-");
		// posted anyway: the page says why, the item stays
		mvc.perform(post(item + "/removal").with(as(manager)).with(csrf()).param("reason", "x"))
			.andExpect(redirectedUrl("/risks/" + ids[0] + "/treatment#item-" + ids[1]))
			.andExpect(flash().attribute("error", containsString("done item")));
		assertThat(item(manager, ids[1]).title()).isEqualTo("New badges");

		String foreignItem = "/risks/" + foreign[0] + "/treatment/plan-items/" + foreign[1];
		mvc.perform(post(foreignItem + "/removal").with(as(manager)).with(csrf()).param("reason", "x"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/risks/" + ids[0] + "/treatment/plan-items/" + foreign[1] + "/removal").with(as(manager))
			.with(csrf()).param("reason", "x")).andExpect(status().isNotFound());
		mvc.perform(post(foreignItem + "/removal").with(as(theirs.user(Role.VIEWER))).with(csrf())
			.param("reason", "x")).andExpect(status().isForbidden());
		assertThat(item(theirs.user(Role.ISMS_MANAGER), foreign[1]).title()).isEqualTo("Their action");
	}

	@Test
	void aCostThatIsNotAnAmountGetsTheRuleNextToTheField() throws Exception {
		var org = fixtures().organization("Plan cost");
		var manager = org.user(Role.ISMS_MANAGER);
		UUID[] ids = riskWithItem(org, "Laptop lost", "Encrypt disks");
		String edit = "/risks/" + ids[0] + "/treatment/plan-items/" + ids[1];
		for (String cost : List.of("1,20", "1.200,50", "abc")) {
			String page = mvc.perform(post(edit).with(as(manager)).with(csrf()).param("title", "Encrypt disks")
				.param("cost", cost).param("status", "PLANNED")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			assertThat(page).as(cost).containsPattern("id=\"cost-error-" + ids[1]
					+ "\"[^>]*>write an amount such as 1200, 1,200 or 1200.50")
				.contains("value=\"" + cost + "\"");
		}
		assertThat(mvc.perform(post("/risks/" + ids[0] + "/treatment/plan-items").with(as(manager)).with(csrf())
			.param("title", "Spare laptop").param("cost", "abc")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).containsPattern("id=\"cost-error\"[^>]*>write an amount");
		mvc.perform(post(edit).with(as(manager)).with(csrf()).param("title", "Encrypt disks").param("cost", "1,200")
			.param("status", "PLANNED")).andExpect(redirectedUrl("/risks/" + ids[0] + "/treatment#item-" + ids[1]));
		assertThat(item(manager, ids[1]).cost()).isEqualByComparingTo("1200");
	}

	@Test
	void someoneElseThanTheRiskOwnerIsToldWhoDecides() throws Exception {
		var org = fixtures().organization("Decision refused");
		var manager = org.user(Role.ISMS_MANAGER);
		var owner = org.user(Role.PROCESS_OWNER);
		var risk = fixtures().as(manager, () -> {
			var r = context.getBean(RiskService.class).identify(new RiskRequest("Keys copied", RiskKind.EVENT_BASED,
					null, null, null, null, "cause", null, owner.id()));
			context.getBean(RiskService.class).rate(r.id(), new RatingRequest(RatingKind.RESIDUAL, 1, 2, "locks"));
			context.getBean(dev.ordo.risktreatment.application.AcceptanceService.class).request(r.id());
			return r;
		});
		String only = "Only the risk owner Decision refused Process owner can decide this acceptance";
		assertThat(mvc.perform(get("/risks/" + risk.id() + "/treatment").with(as(manager))).andReturn().getResponse()
			.getContentAsString()).contains("id=\"decision-refusal\"", only).doesNotContain("id=\"decision\"");
		assertThat(mvc.perform(get("/risks/" + risk.id() + "/treatment").with(as(owner))).andReturn().getResponse()
			.getContentAsString()).contains("id=\"decision\"").doesNotContain("id=\"decision-refusal\"");
		String refused = mvc.perform(post("/risks/" + risk.id() + "/treatment/decision").with(as(manager))
			.with(csrf()).param("accepted", "true")).andExpect(status().isForbidden()).andReturn().getResponse()
			.getContentAsString();
		assertThat(refused).contains(only);
	}
}
