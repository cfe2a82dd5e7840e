package dev.ordo.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import dev.ordo.identity.Role;
import dev.ordo.implementation.application.AppliedControlService;
import dev.ordo.shared.NotFound;
import dev.ordo.support.Fixtures;

/**
 * The implementation module with only the modules it needs: applying and verifying controls publish events, and
 * risk treatment asks for controls through {@link SecurityImplementation#ensurePlanned}. No models are deployed: the
 * module has none, and risk assessment's periodic reassessment reads its timer from a bean this context does not
 * have (see ProcessesModuleTest).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "platform", "workflow" })
@TestPropertySource(properties = "flowable.process-definition-location-prefix=classpath*:/processes/implementation/")
class ImplementationModuleTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	AppliedControlService controls;

	@Autowired
	SecurityImplementation implementation;

	@Test
	void applyingAndVerifyingAControlPublishesEvents(Scenario scenario) {
		Fixtures fixtures = new Fixtures(context);
		var org = fixtures.organization("Module controls");
		var manager = org.user(Role.ISMS_MANAGER);
		var owner = org.user(Role.PROCESS_OWNER).id();
		fixtures.as(manager, () -> scenario.stimulate(() -> controls.create(new AppliedControlRequest("iso27001-2022",
				"A.8.13", ImplementationStatus.IMPLEMENTED, null, owner, null, "Nightly backups")))
			.andWaitForEventOfType(ControlImplementationChanged.class)
			.matching(event -> event.organizationId().equals(org.id()))
			.toArriveAndVerify((event, applied) -> {
				assertThat(event.appliedControlId()).isEqualTo(applied.id());
				assertThat(event.status()).isEqualTo(ImplementationStatus.IMPLEMENTED);
				assertThat(event.previousStatus()).isNull();
				assertThat(event.actorId()).isEqualTo(manager.id());
				assertThat(event.summary()).contains("A.8.13");
			}));
		var applied = fixtures.as(manager, () -> implementation.ensurePlanned("iso27001-2022", "A.8.13", "R-1"));
		fixtures.as(manager, () -> scenario.stimulate(() -> controls.verify(applied.id(),
				new VerificationRequest(LocalDate.now().toString(), VerificationResult.EFFECTIVE, "Restore test passed"),
				null))
			.andWaitForEventOfType(ControlVerified.class)
			.matching(event -> event.appliedControlId().equals(applied.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.result()).isEqualTo(VerificationResult.EFFECTIVE);
				assertThat(event.status()).isEqualTo(ImplementationStatus.VERIFIED);
				assertThat(event.subjectType()).isEqualTo("applied-control");
			}));
	}

	@Test
	void ensurePlannedCreatesAPlannedControlOnceAndLeavesAnExistingOneAlone(Scenario scenario) {
		Fixtures fixtures = new Fixtures(context);
		var org = fixtures.organization("Module ensure");
		var manager = org.user(Role.ISMS_MANAGER);
		fixtures.as(manager, () -> scenario.stimulate(() -> implementation.ensurePlanned("iso27001-2022", "A.5.15",
				"Treatment of risk R-7"))
			.andWaitForEventOfType(ControlImplementationChanged.class)
			.matching(event -> event.organizationId().equals(org.id()))
			.toArriveAndVerify((event, planned) -> {
				assertThat(planned.status()).isEqualTo(ImplementationStatus.PLANNED);
				assertThat(planned.notes()).isEqualTo("Treatment of risk R-7");
				assertThat(event.reason()).isEqualTo("Treatment of risk R-7");
			}));
		fixtures.as(manager, () -> {
			var first = implementation.ensurePlanned("iso27001-2022", "A.5.15", "again");
			var changed = controls.update(first.id(), new AppliedControlRequest(null, null,
					ImplementationStatus.IN_PROGRESS, null, null, null, first.notes()));
			var again = implementation.ensurePlanned("iso27001-2022", "A.5.15", "Treatment of risk R-9");
			assertThat(again.id()).isEqualTo(first.id());
			assertThat(again.status()).isEqualTo(changed.status()).isEqualTo(ImplementationStatus.IN_PROGRESS);
			assertThat(again.notes()).isEqualTo("Treatment of risk R-7");
			assertThat(implementation.appliedControl(first.id()).controlLabel()).isEqualTo("A.5.15");
			assertThatThrownBy(() -> implementation.ensurePlanned("iso27001-2022", "A.99.1", "x"))
				.isInstanceOf(NotFound.class);
		});
	}
}
