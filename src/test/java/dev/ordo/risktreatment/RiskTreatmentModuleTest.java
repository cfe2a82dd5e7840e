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
 * ControlsSelected; the owner's acceptance publishes RiskAccepted, TreatmentPlanApproved and ChangesRequested; plan
 * items publish TreatmentPlanItemAdded, TreatmentPlanItemChanged and TreatmentPlanItemRemoved.
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

	@Test
	void addingChangingAndRemovingAPlanItemPublishesWhatHappened(PublishedEvents events) {
		Fixtures fixtures = new Fixtures(context);
		var org = fixtures.organization("Module plan items");
		var manager = org.user(Role.ISMS_MANAGER);
		var owner = org.user(Role.PROCESS_OWNER);
		var risk = fixtures.as(manager, () -> risks.identify(new RiskRequest("Laptop stolen", RiskKind.EVENT_BASED,
				null, null, null, null, "Left in a car", null, owner.id())));
		var item = fixtures.as(manager, () -> treatments.addPlanItem(risk.id(), new PlanItemRequest("Encrypt disks",
				null, "2030-01-31", "1,200", "3 days", null)));
		assertThat(events.ofType(TreatmentPlanItemAdded.class).matching(e -> e.planItemId().equals(item.id())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.riskId()).isEqualTo(risk.id());
				assertThat(e.organizationId()).isEqualTo(org.id());
				assertThat(e.actorId()).isEqualTo(manager.id());
				assertThat(e.cost()).isEqualByComparingTo("1200");
				assertThat(e.status()).isEqualTo(PlanItemStatus.PLANNED);
				assertThat(e.summary()).contains("Encrypt disks", "Laptop stolen");
			});

		fixtures.as(manager, () -> {
			// Saved unchanged (1200 is the same cost as 1,200): nothing to report.
			treatments.changePlanItem(item.id(), new PlanItemRequest("Encrypt disks", null, "2030-01-31", "1200",
					"3 days", PlanItemStatus.PLANNED));
			treatments.changePlanItem(item.id(), new PlanItemRequest("Encrypt disks", owner.id(), "2030-03-31",
					"1500.50", "4 days", PlanItemStatus.IN_PROGRESS));
		});
		assertThat(events.ofType(TreatmentPlanItemChanged.class).matching(e -> e.planItemId().equals(item.id())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.changes()).containsExactly(
						new TreatmentPlanItemChanged.Change("ownerId", null, owner.id().toString()),
						new TreatmentPlanItemChanged.Change("dueDate", "2030-01-31", "2030-03-31"),
						new TreatmentPlanItemChanged.Change("cost", "1200.00", "1500.50"),
						new TreatmentPlanItemChanged.Change("effort", "3 days", "4 days"),
						new TreatmentPlanItemChanged.Change("status", "PLANNED", "IN_PROGRESS"));
				assertThat(e.actorId()).isEqualTo(manager.id());
				assertThat(e.summary()).contains("status PLANNED → IN_PROGRESS");
			});

		fixtures.as(manager, () -> treatments.removePlanItem(item.id(), "disks are encrypted by the vendor"));
		assertThat(events.ofType(TreatmentPlanItemRemoved.class).matching(e -> e.planItemId().equals(item.id())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.riskId()).isEqualTo(risk.id());
				assertThat(e.title()).isEqualTo("Encrypt disks");
				assertThat(e.status()).isEqualTo(PlanItemStatus.IN_PROGRESS);
				assertThat(e.reason()).isEqualTo("disks are encrypted by the vendor");
				assertThat(e.actorId()).isEqualTo(manager.id());
			});
	}
}
