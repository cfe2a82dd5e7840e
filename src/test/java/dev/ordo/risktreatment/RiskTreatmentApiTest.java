package dev.ordo.risktreatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

import dev.ordo.identity.Role;
import dev.ordo.risktreatment.application.AcceptanceService;
import dev.ordo.shared.NotFound;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;
import dev.ordo.workflow.Workflows;

class RiskTreatmentApiTest extends IntegrationTest {

	TestOrg org;

	Api manager;

	Api owner;

	Api viewer;

	String riskId;

	@BeforeEach
	void setUp() throws Exception {
		org = fixtures().organization("Treatment API");
		manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		owner = new Api(mvc, fixtures().token(org.user(Role.PROCESS_OWNER)));
		viewer = new Api(mvc, fixtures().token(org.user(Role.VIEWER)));
		riskId = Api.json(manager.post("/api/v1/risks", risk(org.user(Role.PROCESS_OWNER).id()))
			.andExpect(status().isCreated())).get("id").asString();
		rateResidual(2, 2, "after awareness training");
	}

	/** Rates this test's risk's residual risk; answers the level the criteria give it. */
	JsonNode rateResidual(int likelihood, int consequence, String reason) throws Exception {
		return Api.json(manager.post("/api/v1/risks/" + riskId + "/ratings", Map.of("kind", "RESIDUAL", "likelihood",
				likelihood, "consequence", consequence, "reason", reason)).andExpect(status().isOk()))
			.get("residual");
	}

	Map<String, Object> risk(UUID ownerId) {
		Map<String, Object> risk = new HashMap<>();
		risk.put("title", "Customer data leaked by phishing");
		risk.put("kind", "EVENT_BASED");
		risk.put("scenario", "An employee falls for a phishing mail");
		risk.put("ownerId", ownerId == null ? null : ownerId.toString());
		return risk;
	}

	Map<String, Object> treatment(String option, String rationale, List<Map<String, String>> controls) {
		Map<String, Object> body = new HashMap<>();
		body.put("option", option);
		body.put("rationale", rationale);
		body.put("controls", controls);
		return body;
	}

	Map<String, Object> item(String title, String status) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("ownerId", org.user(Role.PROCESS_OWNER).id().toString());
		body.put("dueDate", "2030-06-30");
		body.put("cost", 2500.5);
		body.put("effort", "5 person-days");
		body.put("status", status);
		return body;
	}

	@Test
	void aTreatmentSelectsControlsFromACatalogAndHasAPlan() throws Exception {
		viewer.get("/api/v1/risks/" + riskId + "/treatment").andExpect(status().isOk())
			.andExpect(jsonPath("$.option").doesNotExist())
			.andExpect(jsonPath("$.riskOwner.userId").value(org.user(Role.PROCESS_OWNER).id().toString()));
		manager.put("/api/v1/risks/" + riskId + "/treatment", treatment("MODIFY", "Train people and filter mail",
				List.of(Map.of("catalog", "iso27001-2022", "controlId", "A.6.3"),
						Map.of("catalog", "iso27001-2022", "controlId", "A.8.23"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.option").value("MODIFY"))
			.andExpect(jsonPath("$.controls[0].label").value("A.6.3"))
			.andExpect(jsonPath("$.controls[1].controlId").value("A.8.23"))
			.andExpect(jsonPath("$.updatedBy.userId").value(org.user(Role.ISMS_MANAGER).id().toString()));
		String itemId = Api.json(manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items",
				item("Phishing awareness training", null)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.cost").value(2500.5))
			.andExpect(jsonPath("$.riskTitle").value("Customer data leaked by phishing"))).get("id").asString();
		manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items", item("Mail filter", "DONE"))
			.andExpect(status().isCreated());
		manager.put("/api/v1/treatment-plan-items/" + itemId, item("Phishing awareness training", "IN_PROGRESS"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		viewer.get("/api/v1/risks/" + riskId + "/treatment").andExpect(status().isOk())
			.andExpect(jsonPath("$.planItems.length()").value(2));
		viewer.get("/api/v1/treatment-plan-items?status=IN_PROGRESS&size=100").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + itemId + "')]").exists());
		JsonNode done = Api.json(viewer.get("/api/v1/treatment-plan-items?status=DONE&size=100")
			.andExpect(status().isOk()));
		assertThat(done.get("items").findValuesAsString("title")).contains("Mail filter")
			.doesNotContain("Phishing awareness training");
		viewer.put("/api/v1/risks/" + riskId + "/treatment", treatment("RETAIN", "x", List.of()))
			.andExpect(status().isForbidden());
		viewer.put("/api/v1/treatment-plan-items/" + itemId, item("x", null)).andExpect(status().isForbidden());
		manager.get("/api/v1/risks/" + UUID.randomUUID() + "/treatment").andExpect(status().isNotFound());
		manager.get("/api/v1/treatment-plan-items/" + UUID.randomUUID()).andExpect(status().isNotFound());
	}

	@Test
	void anOpenItemPastItsDueDateIsOverdue() throws Exception {
		String yesterday = java.time.LocalDate.now().minusDays(1).toString();
		Map<String, Object> late = item("Late training", "IN_PROGRESS");
		late.put("dueDate", yesterday);
		Map<String, Object> lateButDone = item("Mail filter", "DONE");
		lateButDone.put("dueDate", yesterday);
		Map<String, Object> undated = item("Posters", null);
		undated.put("dueDate", null);
		String lateId = Api.json(manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items", late)
			.andExpect(status().isCreated()).andExpect(jsonPath("$.overdue").value(true))).get("id").asString();
		manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items", lateButDone)
			.andExpect(status().isCreated()).andExpect(jsonPath("$.overdue").value(false));
		manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items", undated)
			.andExpect(status().isCreated()).andExpect(jsonPath("$.overdue").value(false));
		manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items", item("Phishing drill", null))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.overdue").value(false));
		viewer.get("/api/v1/treatment-plan-items?status=IN_PROGRESS&size=100").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + lateId + "')].overdue").value(true));
		viewer.get("/api/v1/risks/" + riskId + "/treatment").andExpect(status().isOk())
			.andExpect(jsonPath("$.planItems[?(@.overdue == true)].title").value("Late training"));
		late.put("status", "DONE");
		manager.put("/api/v1/treatment-plan-items/" + lateId, late).andExpect(status().isOk())
			.andExpect(jsonPath("$.overdue").value(false));
	}

	@Test
	void invalidInputGetsFieldErrors() throws Exception {
		JsonNode problem = Api.json(manager.put("/api/v1/risks/" + riskId + "/treatment",
				treatment(null, " ", List.of(Map.of("catalog", "iso27001-2022", "controlId", "A.99.9"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:ordo:problem:validation")));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("option",
				"rationale", "controls[0]");
		problem = Api.json(manager.put("/api/v1/risks/" + riskId + "/treatment",
				treatment("MODIFY", "controls please", List.of())).andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("controls");
		Map<String, Object> bad = item(" ", null);
		bad.put("ownerId", UUID.randomUUID().toString());
		bad.put("cost", -1);
		bad.put("dueDate", "next week");
		problem = Api.json(manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items", bad)
			.andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title", "ownerId",
				"cost", "dueDate");
		manager.put("/api/v1/risks/" + riskId + "/treatment", treatment("RETAIN", "Within appetite", List.of()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.controls.length()").value(0));
	}

	/** The problem's field errors as field → message. */
	static Map<String, String> fieldErrors(JsonNode problem) {
		Map<String, String> errors = new HashMap<>();
		problem.get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
		return errors;
	}

	@Test
	void aCostTakesACommaOnlyAsThousandsSeparatorAndIsRefusedWithTheRuleOtherwise() throws Exception {
		Map<String, Object> body = item("Mail filter", null);
		for (var accepted : Map.of("1,200", "1200.00", "1200.50", "1200.50", "12,345,678.9", "12345678.90",
				" 1200 ", "1200.00").entrySet()) {
			body.put("cost", accepted.getKey());
			JsonNode saved = Api.json(manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items", body)
				.andExpect(status().isCreated()));
			assertThat(saved.get("cost").decimalValue()).as(accepted.getKey())
				.isEqualByComparingTo(accepted.getValue());
		}
		for (String refused : List.of("1,20", "1.200,50", "abc", "1 200", "1,2000", "€100", "1.200")) {
			body.put("cost", refused);
			JsonNode problem = Api.json(manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items", body)
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:ordo:problem:validation")));
			assertThat(fieldErrors(problem)).as(refused).containsOnlyKeys("cost");
			assertThat(fieldErrors(problem).get("cost")).as(refused)
				.contains("a point separates the decimals, a comma only thousands");
		}
		body.put("cost", "-1,200");
		assertThat(fieldErrors(Api.json(manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items", body)
			.andExpect(status().isBadRequest())))).containsEntry("cost", "must not be negative");
		body.put("cost", 1_000_000_000_000L);
		assertThat(fieldErrors(Api.json(manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items", body)
			.andExpect(status().isBadRequest())))).containsOnlyKeys("cost");
		// A change is checked the same way.
		body.put("cost", 10);
		String id = Api.json(manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items", body)
			.andExpect(status().isCreated())).get("id").asString();
		body.put("cost", "1,20");
		manager.put("/api/v1/treatment-plan-items/" + id, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cost"));
		viewer.get("/api/v1/treatment-plan-items/" + id).andExpect(jsonPath("$.cost").value(10));
	}

	@Test
	void aPlanItemIsRemovedWithAReasonTheAuditTrailKeeps() throws Exception {
		String itemId = Api.json(manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items",
				item("Posters in the kitchen", null)).andExpect(status().isCreated())).get("id").asString();
		viewer.call(HttpMethod.DELETE, "/api/v1/treatment-plan-items/" + itemId + "?reason=x", null)
			.andExpect(status().isForbidden());
		manager.call(HttpMethod.DELETE, "/api/v1/treatment-plan-items/" + itemId, null)
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		manager.call(HttpMethod.DELETE, "/api/v1/treatment-plan-items/" + itemId + "?reason=" + "x".repeat(1001), null)
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		manager.call(HttpMethod.DELETE, "/api/v1/treatment-plan-items/" + itemId + "?reason=duplicate of the training",
				null).andExpect(status().isNoContent());
		manager.get("/api/v1/treatment-plan-items/" + itemId).andExpect(status().isNotFound());
		manager.call(HttpMethod.DELETE, "/api/v1/treatment-plan-items/" + itemId + "?reason=again", null)
			.andExpect(status().isNotFound());
		manager.call(HttpMethod.DELETE, "/api/v1/treatment-plan-items/" + UUID.randomUUID() + "?reason=x", null)
			.andExpect(status().isNotFound());
		viewer.get("/api/v1/risks/" + riskId + "/treatment").andExpect(jsonPath("$.planItems.length()").value(0));
		JsonNode trail = Api.json(manager.get("/api/v1/audit-trail?subjectType=treatment-plan-item&subjectId=" + itemId)
			.andExpect(status().isOk()));
		assertThat(trail.get("items").findValuesAsString("action")).containsExactly("TreatmentPlanItemRemoved",
				"TreatmentPlanItemAdded");
		JsonNode removal = trail.get("items").get(0);
		assertThat(removal.get("actorId").asString()).isEqualTo(org.user(Role.ISMS_MANAGER).id().toString());
		assertThat(removal.get("occurredAt").isNull()).isFalse();
		assertThat(removal.get("summary").asString()).contains("Posters in the kitchen", "duplicate of the training");

		// Another organization's item is not found, and stays.
		var other = fixtures().organization("Treatment API removal other");
		Api theirs = new Api(mvc, fixtures().token(other.user(Role.ISMS_MANAGER)));
		String theirRisk = Api.json(theirs.post("/api/v1/risks", risk(other.user(Role.PROCESS_OWNER).id())).andExpect(status().isCreated()))
			.get("id").asString();
		String theirItem = Api.json(theirs.post("/api/v1/risks/" + theirRisk + "/treatment/plan-items",
				Map.of("title", "Their action")).andExpect(status().isCreated())).get("id").asString();
		manager.call(HttpMethod.DELETE, "/api/v1/treatment-plan-items/" + theirItem + "?reason=not mine", null)
			.andExpect(status().isNotFound());
		theirs.get("/api/v1/treatment-plan-items/" + theirItem).andExpect(status().isOk());
	}

	@Test
	void whatTheRiskOwnerApprovedOrIsDecidingOnOrWhatIsDoneIsNotRemoved() throws Exception {
		String done = Api.json(manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items",
				item("Mail filter", "DONE")).andExpect(status().isCreated())).get("id").asString();
		manager.call(HttpMethod.DELETE, "/api/v1/treatment-plan-items/" + done + "?reason=x", null)
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("done item")));
		String open = Api.json(manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items",
				item("Training", null)).andExpect(status().isCreated())).get("id").asString();
		manager.post("/api/v1/risks/" + riskId + "/acceptance", null).andExpect(status().isAccepted());
		manager.call(HttpMethod.DELETE, "/api/v1/treatment-plan-items/" + open + "?reason=x", null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("The risk owner is deciding on this treatment plan")));
		manager.put("/api/v1/risks/" + riskId + "/treatment", treatment("MODIFY", "Train people",
				List.of(Map.of("catalog", "iso27001-2022", "controlId", "A.6.3")))).andExpect(status().isOk());
		manager.post("/api/v1/risks/" + riskId + "/acceptance", null).andExpect(status().isAccepted());
		owner.post("/api/v1/risks/" + riskId + "/acceptance/decision", Map.of("accepted", true))
			.andExpect(status().isOk());
		manager.call(HttpMethod.DELETE, "/api/v1/treatment-plan-items/" + open + "?reason=x", null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("approved this treatment plan")))
			.andExpect(jsonPath("$.detail").value(containsString("cancelled instead")));
		// Cancelling is the way out, and keeps the item in the approved plan.
		manager.put("/api/v1/treatment-plan-items/" + open, item("Training", "CANCELLED")).andExpect(status().isOk());
		viewer.get("/api/v1/risks/" + riskId + "/treatment").andExpect(jsonPath("$.planItems.length()").value(2))
			.andExpect(jsonPath("$.approvedAt").exists());
	}

	@Test
	void someoneElseThanTheRiskOwnerLearnsWhoDecides() throws Exception {
		manager.post("/api/v1/risks/" + riskId + "/acceptance", null).andExpect(status().isAccepted());
		String only = "Only the risk owner Treatment API Process owner can decide this acceptance";
		manager.post("/api/v1/risks/" + riskId + "/acceptance/decision", Map.of("accepted", true))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.title").value("Forbidden"))
			.andExpect(jsonPath("$.detail").value(containsString(only)));
		// The generic task API says the same.
		String taskId = decisionTask(owner).get("id").asString();
		manager.post("/api/v1/tasks/" + taskId + "/complete", Map.of("accepted", true))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(containsString(only)));
		viewer.get("/api/v1/risks/" + riskId + "/acceptance").andExpect(jsonPath("$.status").value("REQUESTED"));
	}

	@Test
	void theRiskOwnerAcceptsTheResidualRiskAndApprovesThePlan() throws Exception {
		manager.put("/api/v1/risks/" + riskId + "/treatment", treatment("MODIFY", "Train people",
				List.of(Map.of("catalog", "iso27001-2022", "controlId", "A.6.3")))).andExpect(status().isOk());
		manager.post("/api/v1/risks/" + riskId + "/treatment/plan-items", item("Training", null))
			.andExpect(status().isCreated());
		String instance = Api.json(manager.post("/api/v1/risks/" + riskId + "/acceptance", null)
			.andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("REQUESTED")))
			.get("workflowInstanceId").asString();
		manager.post("/api/v1/risks/" + riskId + "/acceptance", null).andExpect(status().isConflict());
		// Only the risk owner decides, not even the ISMS manager who asked.
		manager.post("/api/v1/risks/" + riskId + "/acceptance/decision", Map.of("accepted", true))
			.andExpect(status().isForbidden());
		owner.post("/api/v1/risks/" + riskId + "/acceptance/decision", Map.of("comment", "undecided"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("accepted"));
		owner.post("/api/v1/risks/" + riskId + "/acceptance/decision", Map.of("accepted", true, "comment", "ok"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.decidedBy.userId").value(org.user(Role.PROCESS_OWNER).id().toString()))
			.andExpect(jsonPath("$.expiresAt").exists());
		viewer.get("/api/v1/risks/" + riskId + "/treatment").andExpect(status().isOk())
			.andExpect(jsonPath("$.approvalInstanceId").value(instance))
			.andExpect(jsonPath("$.acceptance.workflowInstanceId").value(instance))
			.andExpect(jsonPath("$.approvedBy.userId").value(org.user(Role.PROCESS_OWNER).id().toString()));
		manager.post("/api/v1/risks/" + riskId + "/acceptance", null).andExpect(status().isConflict());

		assertThat(soaSaysAccepted("A.6.3")).isTrue();

		// The acceptance expires when the run's timer fires, and the owner is asked again in the same run.
		expireAcceptance(instance);
		viewer.get("/api/v1/risks/" + riskId + "/treatment").andExpect(status().isOk())
			.andExpect(jsonPath("$.acceptance.status").value("REQUESTED"))
			.andExpect(jsonPath("$.acceptance.workflowInstanceId").value(instance))
			.andExpect(jsonPath("$.acceptances[1].status").value("EXPIRED"))
			// An expired acceptance no longer approves the plan, nor reads "accepted" in the SoA.
			.andExpect(jsonPath("$.approvedAt").doesNotExist())
			.andExpect(jsonPath("$.approvalInstanceId").doesNotExist());
		assertThat(soaSaysAccepted("A.6.3")).isFalse();
		// The renewed request is decided through the generic task API, with the same rules.
		JsonNode task = decisionTask(owner);
		assertThat(task).isNotNull();
		String taskId = task.get("id").asString();
		owner.post("/api/v1/tasks/" + taskId + "/complete", Map.of("accepted", false))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("comment"));
		owner.post("/api/v1/tasks/" + taskId + "/complete", Map.of("accepted", false, "comment", "controls failed"))
			.andExpect(status().is2xxSuccessful());
		viewer.get("/api/v1/risks/" + riskId + "/acceptance").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.comment").value("controls failed"));
		viewer.get("/api/v1/risks/" + riskId + "/treatment").andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedAt").doesNotExist())
			.andExpect(jsonPath("$.approvedBy").doesNotExist());
		assertThat(soaSaysAccepted("A.6.3")).isFalse();
	}

	@Test
	void aRejectionNeedsAComment() throws Exception {
		manager.post("/api/v1/risks/" + riskId + "/acceptance", null).andExpect(status().isAccepted());
		owner.post("/api/v1/risks/" + riskId + "/acceptance/decision", Map.of("accepted", false))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("comment"));
		owner.post("/api/v1/risks/" + riskId + "/acceptance/decision",
				Map.of("accepted", false, "comment", "residual risk too high"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
		// A new request may follow a rejection.
		manager.post("/api/v1/risks/" + riskId + "/acceptance", null).andExpect(status().isAccepted());
		viewer.post("/api/v1/risks/" + riskId + "/acceptance", null).andExpect(status().isForbidden());
	}

	@Test
	void aRejectionAfterAnAcceptanceWithdrawsTheApprovalOfThePlan() throws Exception {
		expireAcceptance(treatedAndAccepted());
		owner.post("/api/v1/risks/" + riskId + "/acceptance/decision",
				Map.of("accepted", false, "comment", "training did not happen")).andExpect(status().isOk());
		viewer.get("/api/v1/risks/" + riskId + "/treatment").andExpect(status().isOk())
			.andExpect(jsonPath("$.acceptance.status").value("REJECTED"))
			.andExpect(jsonPath("$.approvedAt").doesNotExist())
			.andExpect(jsonPath("$.approvalInstanceId").doesNotExist());
		assertThat(soaSaysAccepted("A.6.3")).isFalse();
	}

	@Test
	void changingTheTreatmentWithdrawsItsAcceptanceSoThatANewOneCanBeRequestedAtOnce() throws Exception {
		String first = treatedAndAccepted();
		// Saving the same treatment again changes nothing the owner accepted.
		manager.put("/api/v1/risks/" + riskId + "/treatment", treatment("MODIFY", "Train people",
				List.of(Map.of("catalog", "iso27001-2022", "controlId", "A.6.3")))).andExpect(status().isOk())
			.andExpect(jsonPath("$.approvalInstanceId").value(first))
			.andExpect(jsonPath("$.acceptance.status").value("ACCEPTED"));
		manager.put("/api/v1/risks/" + riskId + "/treatment", treatment("MODIFY", "Train people and filter mail",
				List.of(Map.of("catalog", "iso27001-2022", "controlId", "A.6.3"),
						Map.of("catalog", "iso27001-2022", "controlId", "A.8.23"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedAt").doesNotExist())
			.andExpect(jsonPath("$.acceptance.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.acceptance.withdrawnBy.userId").value(org.user(Role.ISMS_MANAGER).id().toString()))
			.andExpect(jsonPath("$.acceptance.withdrawalReason").value("the treatment changed"));
		assertThat(soaSaysAccepted("A.6.3")).isFalse();
		// The run no longer waits on its expiry timer.
		assertThat(context.getBean(RuntimeService.class).createProcessInstanceQuery()
			.processInstanceId(first).count()).isZero();
		assertThat(context.getBean(ManagementService.class).createTimerJobQuery().processInstanceId(first).count())
			.isZero();

		// A request still waiting for the owner is withdrawn the same way, with its task.
		String second = Api.json(manager.post("/api/v1/risks/" + riskId + "/acceptance", null)
			.andExpect(status().isAccepted())).get("workflowInstanceId").asString();
		assertThat(second).isNotEqualTo(first);
		manager.put("/api/v1/risks/" + riskId + "/treatment", treatment("RETAIN", "Within appetite", List.of()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.acceptance.status").value("WITHDRAWN"));
		owner.post("/api/v1/risks/" + riskId + "/acceptance/decision", Map.of("accepted", true))
			.andExpect(status().isConflict());
		assertThat(decisionTask(owner)).isNull();
		manager.post("/api/v1/risks/" + riskId + "/acceptance", null).andExpect(status().isAccepted());
		viewer.get("/api/v1/risks/" + riskId + "/treatment").andExpect(status().isOk())
			.andExpect(jsonPath("$.acceptances.length()").value(3))
			.andExpect(jsonPath("$.acceptances[0].status").value("REQUESTED"))
			.andExpect(jsonPath("$.acceptances[1].status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.acceptances[2].status").value("WITHDRAWN"));
	}

	@Test
	void aRunOfAnotherOrganizationIsNeitherCancelledNorChanged() throws Exception {
		String instance = Api.json(manager.post("/api/v1/risks/" + riskId + "/acceptance", null)
			.andExpect(status().isAccepted())).get("workflowInstanceId").asString();
		var other = fixtures().organization("Treatment API other");
		Workflows workflows = context.getBean(Workflows.class);
		assertThatThrownBy(() -> fixtures().as(other.user(Role.ISMS_MANAGER),
				() -> workflows.cancel(instance, "not yours")))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> fixtures().as(other.user(Role.ISMS_MANAGER),
				() -> workflows.cancel("no-such-instance", "none")))
			.isInstanceOf(NotFound.class);
		String taskId = decisionTask(owner).get("id").asString();
		assertThatThrownBy(() -> fixtures().as(other.user(Role.ISMS_MANAGER),
				() -> workflows.reassign(taskId, other.user(Role.ISMS_MANAGER).id().toString(), null)))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> fixtures().as(other.user(Role.ISMS_MANAGER),
				() -> workflows.setVariable(instance, "ownerId", "x")))
			.isInstanceOf(NotFound.class);
		assertThat(fixtures().as(other.user(Role.ISMS_MANAGER),
				() -> workflows.assignedTasks(AcceptanceService.PROCESS_KEY, org.user(Role.PROCESS_OWNER).id().toString())))
			.isEmpty();
		assertThat(fixtures().as(org.user(Role.ISMS_MANAGER),
				() -> workflows.assignedTasks(AcceptanceService.PROCESS_KEY, org.user(Role.PROCESS_OWNER).id().toString())))
			.extracting(dev.ordo.workflow.WorkflowTask::businessKey).containsExactly(riskId);
		assertThat(decisionTask(owner).get("variables").get("ownerId").asString())
			.isEqualTo(org.user(Role.PROCESS_OWNER).id().toString());
		assertThat(fixtures().as(org.user(Role.ISMS_MANAGER), () -> workflows.hasEnded(instance))).isFalse();
		assertThat(fixtures().as(org.user(Role.ISMS_MANAGER), () -> workflows.cancel(instance, "test"))).isTrue();
		assertThat(fixtures().as(org.user(Role.ISMS_MANAGER), () -> workflows.cancel(instance, "again"))).isFalse();
	}

	@Test
	void theDecisionFollowsTheRiskOwnerAndGoesToTheIsmsManagersWhenTheOwnerLeaves() throws Exception {
		manager.post("/api/v1/risks/" + riskId + "/acceptance", null).andExpect(status().isAccepted());
		var newOwner = org.user(Role.TOP_MANAGEMENT);
		Api top = new Api(mvc, fixtures().token(newOwner));
		manager.put("/api/v1/risks/" + riskId, risk(newOwner.id())).andExpect(status().isOk());
		JsonNode task = awaitTask(top, t -> newOwner.id().toString().equals(text(t, "assignee")));
		assertThat(text(task.get("variables"), "ownerId")).isEqualTo(newOwner.id().toString());
		// The former owner neither sees nor decides it, through either API.
		assertThat(decisionTask(owner)).isNull();
		owner.post("/api/v1/risks/" + riskId + "/acceptance/decision", Map.of("accepted", true))
			.andExpect(status().isForbidden());

		// The new owner leaves: the task is offered to the ISMS managers rather than stuck with them.
		manager.call(HttpMethod.DELETE, "/api/v1/members/" + newOwner.id(), null)
			.andExpect(status().isNoContent());
		Api lead = new Api(mvc, fixtures().token(org.lead()));
		task = awaitTask(lead, t -> text(t, "assignee") == null);
		assertThat(task.get("candidateGroups").toString()).contains("ISMS_MANAGER");
		assertThat(text(task.get("variables"), "ownerId")).isNull();
		lead.post("/api/v1/tasks/" + task.get("id").asString() + "/complete", Map.of("accepted", true))
			.andExpect(status().is2xxSuccessful());
		viewer.get("/api/v1/risks/" + riskId + "/acceptance").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.decidedBy.userId").value(org.lead().id().toString()));
	}

	@Test
	void acceptanceNeedsAResidualRatingAndIsOfTheRatingRequested() throws Exception {
		String unrated = Api.json(manager.post("/api/v1/risks", risk(org.user(Role.PROCESS_OWNER).id()))
			.andExpect(status().isCreated())).get("id").asString();
		manager.post("/api/v1/risks/" + unrated + "/acceptance", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Rate the residual risk first")));
		viewer.get("/api/v1/risks/" + unrated + "/treatment").andExpect(status().isOk())
			.andExpect(jsonPath("$.residualLevel").doesNotExist());

		JsonNode rated = Api.json(viewer.get("/api/v1/risks/" + riskId)).get("residual");
		int level = rated.get("level").asInt();
		String name = rated.get("levelName").asString();
		manager.post("/api/v1/risks/" + riskId + "/acceptance", null).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.residualLevel").value(level))
			.andExpect(jsonPath("$.residualLevelName").value(name));
		JsonNode task = decisionTask(owner);
		assertThat(text(task.get("variables"), "residualLevelName")).isEqualTo(name);
		assertThat(task.get("variables").get("residualLevel").asInt()).isEqualTo(level);
		// The same rating again is the risk the owner was asked about: the request stays.
		rateResidual(2, 2, "confirmed");
		fixtures().as(org.user(Role.ISMS_MANAGER),
				() -> context.getBean(AcceptanceService.class).residualRated(UUID.fromString(riskId), null));
		viewer.get("/api/v1/risks/" + riskId + "/acceptance").andExpect(jsonPath("$.status").value("REQUESTED"));
		owner.post("/api/v1/risks/" + riskId + "/acceptance/decision", Map.of("accepted", true))
			.andExpect(status().isOk()).andExpect(jsonPath("$.residualLevelName").value(name));

		// A different residual rating after acceptance: the owner accepted a different risk.
		JsonNode higher = rateResidual(5, 5, "training postponed");
		awaitAcceptance("WITHDRAWN");
		viewer.get("/api/v1/risks/" + riskId + "/treatment").andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedAt").doesNotExist())
			.andExpect(jsonPath("$.residualLevelName").value(higher.get("levelName").asString()))
			.andExpect(jsonPath("$.acceptance.withdrawalReason").value(containsString(
					"the residual rating changed from " + name + " to " + higher.get("levelName").asString())));
		manager.post("/api/v1/risks/" + riskId + "/acceptance", null).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.residualLevel").value(higher.get("level").asInt()));
		// And while a request is open.
		rateResidual(1, 1, "mail filter in place");
		awaitAcceptance("WITHDRAWN");
		assertThat(decisionTask(owner)).isNull();
	}

	/** Waits (the rating listener runs after the rating committed) until the latest acceptance has {@code status}. */
	void awaitAcceptance(String wanted) throws Exception {
		for (int i = 0; i < 100 && !wanted.equals(Api.json(viewer.get("/api/v1/risks/" + riskId + "/acceptance"))
			.get("status").asString()); i++) {
			Thread.sleep(100);
		}
		viewer.get("/api/v1/risks/" + riskId + "/acceptance").andExpect(jsonPath("$.status").value(wanted));
	}

	@Test
	void theIsmsManagerWhoAskedCannotDecideForARiskWhoseOwnerLeft() throws Exception {
		manager.post("/api/v1/risks/" + riskId + "/acceptance", null).andExpect(status().isAccepted());
		// The owner leaves: the risk has no owner who is a member, the ISMS managers decide.
		manager.call(HttpMethod.DELETE, "/api/v1/members/" + org.user(Role.PROCESS_OWNER).id(), null)
			.andExpect(status().isNoContent());
		JsonNode task = awaitTask(manager, t -> text(t, "assignee") == null);
		manager.post("/api/v1/risks/" + riskId + "/acceptance/decision", Map.of("accepted", true))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("requested the acceptance")));
		manager.post("/api/v1/tasks/" + task.get("id").asString() + "/complete", Map.of("accepted", true))
			.andExpect(status().isForbidden());
		viewer.get("/api/v1/risks/" + riskId + "/acceptance").andExpect(jsonPath("$.status").value("REQUESTED"));
		// Another ISMS manager decides.
		new Api(mvc, fixtures().token(org.chair())).post("/api/v1/risks/" + riskId + "/acceptance/decision",
				Map.of("accepted", true)).andExpect(status().isOk())
			.andExpect(jsonPath("$.decidedBy.userId").value(org.chair().id().toString()));
	}

	/** The open acceptance task of this test's risk in {@code as}'s inbox, {@code null} if there is none. */
	JsonNode decisionTask(Api as) throws Exception {
		JsonNode tasks = Api.json(as.get("/api/v1/tasks").andExpect(status().isOk()));
		for (JsonNode task : tasks.isArray() ? tasks : tasks.get("items")) {
			if (riskId.equals(task.get("businessKey").asString())) {
				return task;
			}
		}
		return null;
	}

	/** Waits (the owner listener runs after the change committed) until {@code as} has the task as {@code wanted}. */
	JsonNode awaitTask(Api as, java.util.function.Predicate<JsonNode> wanted) throws Exception {
		for (int i = 0; i < 100; i++) {
			JsonNode task = decisionTask(as);
			if (task != null && wanted.test(task)) {
				return task;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the acceptance task did not arrive as expected");
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	/** Treats the risk with A.6.3, has its owner accept it and answers the acceptance run. */
	String treatedAndAccepted() throws Exception {
		manager.put("/api/v1/risks/" + riskId + "/treatment", treatment("MODIFY", "Train people",
				List.of(Map.of("catalog", "iso27001-2022", "controlId", "A.6.3")))).andExpect(status().isOk());
		String instance = Api.json(manager.post("/api/v1/risks/" + riskId + "/acceptance", null)
			.andExpect(status().isAccepted())).get("workflowInstanceId").asString();
		owner.post("/api/v1/risks/" + riskId + "/acceptance/decision", Map.of("accepted", true))
			.andExpect(status().isOk());
		return instance;
	}

	/** Fires the expiry timer of an accepted run and waits until the renewed request exists. */
	void expireAcceptance(String instance) throws Exception {
		ManagementService management = context.getBean(ManagementService.class);
		Job timer = management.createTimerJobQuery().processInstanceId(instance).singleResult();
		assertThat(timer).isNotNull();
		assertThat(timer.getDuedate().toInstant()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(364)));
		// Due now: the async executor runs it at once. The new request is recorded by Ordo before the engine's job
		// commits the owner's task, so both are waited for (a decision in between is refused: nothing waits yet).
		management.moveTimerToExecutableJob(timer.getId());
		org.flowable.engine.TaskService tasks = context.getBean(org.flowable.engine.TaskService.class);
		boolean renewed = false;
		for (int i = 0; i < 300 && !renewed; i++) {
			renewed = "REQUESTED".equals(Api.json(viewer.get("/api/v1/risks/" + riskId + "/acceptance"))
				.get("status").asString()) && tasks.createTaskQuery().processInstanceId(instance).count() > 0;
			if (!renewed) {
				Thread.sleep(100);
			}
		}
		assertThat(renewed).as("acceptance requested again, with the owner's task").isTrue();
	}

	/** This test's risk as the SoA draft lists it under Annex A control {@code label}. */
	JsonNode soaRisk(String label) throws Exception {
		JsonNode draft = Api.json(viewer.get("/api/v1/soa/draft").andExpect(status().isOk()));
		for (JsonNode control : draft.get("controls")) {
			if (label.equals(control.get("label").asString())) {
				for (JsonNode risk : control.get("risks")) {
					if (riskId.equals(risk.get("riskId").asString())) {
						return risk;
					}
				}
			}
		}
		throw new AssertionError("risk not listed under " + label);
	}

	/** Whether the SoA says the owner accepted the residual risk of this test's risk's treatment. */
	boolean soaSaysAccepted(String label) throws Exception {
		JsonNode at = soaRisk(label).get("treatmentApprovedAt");
		return at != null && !at.isNull();
	}
}
