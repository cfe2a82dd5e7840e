package dev.ordo.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import dev.ordo.identity.Role;
import dev.ordo.processes.application.TailoringService;
import dev.ordo.support.Fixtures;
import dev.ordo.workflow.Workflows;

/**
 * The processes module with only the modules it depends on (identity, workflow, platform): tailoring results leave
 * it as events, whoever listens. Only its own models are deployed: risk assessment's periodic reassessment reads its
 * timer from a bean of that module, which this context does not have (run alone, on a fresh database, the engine
 * would not start; after other tests, the model was already deployed).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = "flowable.process-definition-location-prefix=classpath*:/processes/processes/")
class ProcessesModuleTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	TailoringService tailoring;

	@Autowired
	Workflows workflows;

	@Test
	void aProposalPublishesTailoringChangeProposed(Scenario scenario) {
		Fixtures fixtures = new Fixtures(context);
		var org = fixtures.organization("Module proposal");
		var owner = org.user(Role.PROCESS_OWNER);
		// Signed in before the scenario opens its transaction, as a request would be.
		fixtures.as(org.user(Role.ISMS_MANAGER), () -> scenario.stimulate(() -> tailoring.propose("records-control",
				new TailoringRequest(true, null, owner.id(), List.of(), 2, null, "scenario")))
			.andWaitForEventOfType(TailoringChangeProposed.class)
			.matching(event -> event.organizationId().equals(org.id()))
			.toArriveAndVerify((event, change) -> {
				assertThat(event.processKey()).isEqualTo("records-control");
				assertThat(event.changeId()).isEqualTo(change.id());
				assertThat(event.actorId()).isEqualTo(org.user(Role.ISMS_MANAGER).id());
			}));
	}

	@Test
	void anApprovalPublishesProcessTailoringChanged(Scenario scenario) {
		Fixtures fixtures = new Fixtures(context);
		var org = fixtures.organization("Module approval");
		var owner = org.user(Role.PROCESS_OWNER);
		var change = fixtures.as(org.user(Role.ISMS_MANAGER), () -> tailoring.propose("resource-management",
				new TailoringRequest(true, null, owner.id(), List.of(), 4, "by scenario", null)));
		fixtures.as(org.user(Role.TOP_MANAGEMENT), () -> scenario.stimulate(() -> tailoring.decide(change.id(), true,
				"approved in scenario"))
			.andWaitForEventOfType(ProcessTailoringChanged.class)
			.matching(event -> event.changeId().equals(change.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.processKey()).isEqualTo("resource-management");
				assertThat(event.ownerId()).isEqualTo(owner.id());
				assertThat(event.targetLevel()).isEqualTo(4);
				assertThat(event.approvedBy()).isEqualTo(org.user(Role.TOP_MANAGEMENT).id());
			}));
		assertThat(fixtures.as(org.user(Role.TOP_MANAGEMENT), () -> workflows.hasEnded(change.workflowInstanceId())))
			.isTrue();
	}

	@Test
	void aRejectionPublishesTailoringChangeRejectedAndChangesNothing(Scenario scenario) {
		Fixtures fixtures = new Fixtures(context);
		var org = fixtures.organization("Module rejection");
		var change = fixtures.as(org.user(Role.ISMS_MANAGER), () -> tailoring.propose("customer-relationship-management",
				new TailoringRequest(false, "No external customers", null, List.of(), 0, null, null)));
		fixtures.as(org.user(Role.TOP_MANAGEMENT), () -> scenario.stimulate(() -> tailoring.decide(change.id(), false,
				"We do have customers"))
			.andWaitForEventOfType(TailoringChangeRejected.class)
			.matching(event -> event.changeId().equals(change.id()))
			.toArriveAndVerify(event -> assertThat(event.comment()).isEqualTo("We do have customers")));
		assertThat(fixtures.as(org.user(Role.VIEWER),
				() -> tailoring.process("customer-relationship-management").tailoring().applicable())).isTrue();
	}
}
