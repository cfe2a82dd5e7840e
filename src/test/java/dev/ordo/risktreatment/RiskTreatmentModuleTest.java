package dev.ordo.risktreatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;

import dev.ordo.frameworks.Frameworks;
import dev.ordo.identity.Role;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RatingRequest;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.risktreatment.application.AcceptanceService;
import dev.ordo.risktreatment.application.RiskTreatmentService;
import dev.ordo.support.Fixtures;

/**
 * The risk treatment module with the modules it needs: planning a treatment publishes TreatmentPlanned and
 * ControlsSelected; the owner's acceptance publishes RiskAccepted, TreatmentPlanApproved and ChangesRequested.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "platform", "workflow", "processes" })
class RiskTreatmentModuleTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	RiskService risks;

	@Autowired
	RiskTreatmentService treatments;

	@Autowired
	AcceptanceService acceptances;

	@Test
	void planningAndAcceptingATreatmentPublishesItsResults(PublishedEvents events) {
		Fixtures fixtures = new Fixtures(context);
		var org = fixtures.organization("Module treatment");
		var manager = org.user(Role.ISMS_MANAGER);
		var owner = org.user(Role.PROCESS_OWNER);
		var risk = fixtures.as(manager, () -> risks.identify(new RiskRequest("Backups fail", RiskKind.EVENT_BASED,
				null, null, null, null, "Restores do not work", null, owner.id())));
		fixtures.as(manager, () -> {
			risks.rate(risk.id(), new RatingRequest(RatingKind.RESIDUAL, 1, 2, "restores tested quarterly"));
			treatments.plan(risk.id(), new TreatmentRequest(TreatmentOption.MODIFY, "test restores",
					List.of(new ControlRef(Frameworks.ISO27001_2022, "A.8.13"))));
			treatments.addPlanItem(risk.id(), new PlanItemRequest("Quarterly restore test", owner.id(), null, null,
					null, null));
			acceptances.request(risk.id());
		});
		assertThat(events.ofType(TreatmentPlanned.class).matching(e -> e.riskId().equals(risk.id()))).hasSize(1);
		assertThat(events.ofType(ControlsSelected.class).matching(e -> e.riskId().equals(risk.id())))
			.singleElement()
			.satisfies(e -> assertThat(e.controls()).extracting(SelectedControl::label).containsExactly("A.8.13"));
		fixtures.as(owner, () -> acceptances.decide(risk.id(), true, null));
		assertThat(events.ofType(RiskAccepted.class).matching(e -> e.riskId().equals(risk.id())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.actorId()).isEqualTo(owner.id());
				assertThat(e.workflowInstanceId()).isNotNull();
				assertThat(e.organizationId()).isEqualTo(org.id());
			});
		assertThat(events.ofType(TreatmentPlanApproved.class).matching(e -> e.riskId().equals(risk.id())))
			.hasSize(1);
		assertThat(events.ofType(ChangesRequested.class).matching(e -> e.riskId().equals(risk.id())))
			.singleElement()
			.satisfies(e -> assertThat(e.changes()).extracting(ChangesRequested.Change::title)
				.containsExactly("Quarterly restore test"));
	}
}
