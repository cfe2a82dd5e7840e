package dev.ordo.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ordo.identity.Role;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Tailoring an ISMS process end to end through the API: the ISMS manager proposes, top management decides in the
 * BPMN approval, and only an approved change becomes effective, recorded with who and when.
 */
class TailoringApprovalTest extends IntegrationTest {

	TestOrg org;

	Api manager;

	Api topManagement;

	Api viewer;

	@BeforeEach
	void setUp() {
		org = fixtures().organization("Tailoring");
		manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		topManagement = new Api(mvc, fixtures().token(org.user(Role.TOP_MANAGEMENT)));
		viewer = new Api(mvc, fixtures().token(org.user(Role.VIEWER)));
	}

	private Map<String, Object> ownerChange(Object ownerId) {
		return Map.of("applicable", true, "ownerId", ownerId, "deputyIds",
				List.of(org.user(Role.CONTRIBUTOR).id()), "targetLevel", 3, "notes", "Runs quarterly",
				"reason", "Olga owns the risk register");
	}

	@Test
	void anApprovedChangeBecomesEffectiveWithWhoAndWhen() throws Exception {
		var owner = org.user(Role.PROCESS_OWNER);
		JsonNode change = Api.json(manager.put("/api/v1/processes/risk-assessment/tailoring", ownerChange(owner.id()))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", startsWith("/api/v1/processes/tailoring-changes/")))
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.workflowInstanceId").isNotEmpty()));
		String changeId = change.get("id").asString();

		// Not effective yet.
		manager.get("/api/v1/processes/risk-assessment").andExpect(status().isOk())
			.andExpect(jsonPath("$.tailoring.owner").doesNotExist())
			.andExpect(jsonPath("$.tailoring.targetLevel").value(1));

		// The decision waits in top management's inbox, not in the proposer's.
		JsonNode inbox = Api.json(topManagement.get("/api/v1/tasks").andExpect(status().isOk()));
		assertThat(inbox.findValuesAsString("businessKey")).contains(changeId);
		assertThat(Api.json(manager.get("/api/v1/tasks")).findValuesAsString("businessKey")).doesNotContain(changeId);

		topManagement.post("/api/v1/processes/tailoring-changes/" + changeId + "/decision",
				Map.of("approved", true, "comment", "Agreed in the board meeting"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy.userId").value(org.user(Role.TOP_MANAGEMENT).id().toString()))
			.andExpect(jsonPath("$.decidedAt").isNotEmpty());

		viewer.get("/api/v1/processes/risk-assessment").andExpect(status().isOk())
			.andExpect(jsonPath("$.tailoring.owner.userId").value(owner.id().toString()))
			.andExpect(jsonPath("$.tailoring.owner.displayName").value(owner.displayName()))
			.andExpect(jsonPath("$.tailoring.targetLevel").value(3))
			.andExpect(jsonPath("$.tailoring.deputies[0].userId").value(org.user(Role.CONTRIBUTOR).id().toString()))
			.andExpect(jsonPath("$.tailoring.approvedBy.userId").value(org.user(Role.TOP_MANAGEMENT).id().toString()))
			.andExpect(jsonPath("$.tailoring.changeId").value(changeId))
			.andExpect(jsonPath("$.tailoring.effectiveSince").isNotEmpty());
		viewer.get("/api/v1/processes").andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key=='risk-assessment')].owner.userId").value(owner.id().toString()));
		assertThat(Api.json(topManagement.get("/api/v1/tasks")).findValuesAsString("businessKey"))
			.doesNotContain(changeId);

		// The audit trail tells the story.
		JsonNode trail = Api.json(manager.get("/api/v1/audit-trail?size=100").andExpect(status().isOk()));
		assertThat(trail.get("items").findValuesAsString("action")).contains("TailoringChangeProposed",
				"WorkflowTaskCompleted", "ProcessTailoringChanged");
	}

	@Test
	void aRejectedChangeNeedsACommentAndChangesNothing() throws Exception {
		String changeId = Api.json(manager.put("/api/v1/processes/internal-audit/tailoring",
				Map.of("applicable", false, "justification", "Audits are outsourced", "targetLevel", 0))
			.andExpect(status().isAccepted())).get("id").asString();

		topManagement.post("/api/v1/processes/tailoring-changes/" + changeId + "/decision", Map.of("approved", false))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("comment"))
			.andExpect(jsonPath("$.errors[0].message").value("is required when rejecting"));

		topManagement.post("/api/v1/processes/tailoring-changes/" + changeId + "/decision",
				Map.of("approved", false, "comment", "Internal audit stays in house"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.decisionComment").value("Internal audit stays in house"));

		manager.get("/api/v1/processes/internal-audit").andExpect(jsonPath("$.tailoring.applicable").value(true));
		topManagement.post("/api/v1/processes/tailoring-changes/" + changeId + "/decision",
				Map.of("approved", true, "comment", "changed my mind"))
			.andExpect(status().isConflict());
	}

	@Test
	void theProposerCannotDecideAndOthersCannotPropose() throws Exception {
		var leadToken = fixtures().token(org.lead());
		Api lead = new Api(mvc, leadToken);
		viewer.put("/api/v1/processes/incident-management/tailoring", ownerChange(org.lead().id()))
			.andExpect(status().isForbidden());
		String changeId = Api.json(lead.put("/api/v1/processes/incident-management/tailoring",
				ownerChange(org.lead().id())).andExpect(status().isAccepted())).get("id").asString();
		// Lead is ISMS manager but not top management: the task is not theirs.
		lead.post("/api/v1/processes/tailoring-changes/" + changeId + "/decision",
				Map.of("approved", true, "comment", "self-approval")).andExpect(status().isForbidden());
		manager.put("/api/v1/processes/incident-management/tailoring", ownerChange(org.lead().id()))
			.andExpect(status().isConflict());

		// The chair holds both roles, but may not approve their own proposal (four eyes).
		Api chair = new Api(mvc, fixtures().token(org.chair()));
		String own = Api.json(chair.put("/api/v1/processes/communication/tailoring", ownerChange(org.chair().id()))
			.andExpect(status().isAccepted())).get("id").asString();
		chair.post("/api/v1/processes/tailoring-changes/" + own + "/decision",
				Map.of("approved", true, "comment", "fine by me"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("The person who proposed a change cannot approve or reject it"));
		topManagement.post("/api/v1/processes/tailoring-changes/" + own + "/decision",
				Map.of("approved", true, "comment", "ok")).andExpect(status().isOk());
	}

	@Test
	void invalidProposalsGiveFieldErrors() throws Exception {
		manager.put("/api/v1/processes/change-management/tailoring",
				Map.of("applicable", false, "targetLevel", 9, "ownerId", java.util.UUID.randomUUID()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:ordo:problem:validation"))
			.andExpect(jsonPath("$.errors[?(@.field=='targetLevel')].message").value("must be a capability level from 0 to 5"))
			.andExpect(jsonPath("$.errors[?(@.field=='justification')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field=='ownerId')].message").value("is not a member of this organization"));
		manager.put("/api/v1/processes/no-such-process/tailoring", ownerChange(org.lead().id()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		manager.put("/api/v1/processes/change-management/tailoring", "{ not json")
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"));
	}
}
