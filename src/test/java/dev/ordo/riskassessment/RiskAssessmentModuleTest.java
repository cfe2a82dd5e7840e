package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import dev.ordo.identity.Role;
import dev.ordo.riskassessment.application.AssetService;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.support.Fixtures;

/**
 * The risk assessment module with only the modules it needs: its results leave as events (risk identified, rated),
 * and reassessment requests from other processes come in as events.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "platform", "workflow" })
class RiskAssessmentModuleTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	AssetService assets;

	@Autowired
	RiskService risks;

	@Test
	void identifyingAndRatingARiskPublishesRiskIdentifiedAndRiskRated(Scenario scenario) {
		Fixtures fixtures = new Fixtures(context);
		var org = fixtures.organization("Module risks");
		var manager = org.user(Role.ISMS_MANAGER);
		var owner = org.user(Role.PROCESS_OWNER).id();
		fixtures.as(manager, () -> scenario.stimulate(() -> risks.identify(new RiskRequest("Flooded basement",
				RiskKind.EVENT_BASED, null, null, null, null, "Heavy rain floods the server room", null, owner)))
			.andWaitForEventOfType(RiskIdentified.class)
			.matching(event -> event.organizationId().equals(org.id()))
			.toArriveAndVerify((event, risk) -> {
				assertThat(event.riskId()).isEqualTo(risk.id());
				assertThat(event.ownerId()).isEqualTo(owner);
				assertThat(event.actorId()).isEqualTo(manager.id());
			}));
		var risk = fixtures.as(manager, () -> risks.register(
				new dev.ordo.riskassessment.domain.ListQueries.RiskFilter(null, null, null, null, null, null),
				"priority", 0, 10).getContent().get(0));
		fixtures.as(manager, () -> scenario.stimulate(() -> risks.rate(risk.id(),
				new RatingRequest(RatingKind.CURRENT, 5, 5, "no drainage")))
			.andWaitForEventOfType(RiskRated.class)
			.matching(event -> event.riskId().equals(risk.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.level()).isEqualTo(5);
				assertThat(event.levelName()).isEqualTo("Very high");
				assertThat(event.acceptable()).isFalse();
			}));
	}

	@Test
	void aReassessmentRequestMarksTheRisksOfTheAssetAndOfWhatSupportsIt(Scenario scenario) {
		Fixtures fixtures = new Fixtures(context);
		var org = fixtures.organization("Module reassessment");
		var manager = org.user(Role.ISMS_MANAGER);
		var owner = org.user(Role.PROCESS_OWNER).id();
		var ids = fixtures.as(manager, () -> {
			var process = assets.create(new AssetRequest("Payroll", AssetType.BUSINESS_PROCESS, null, owner, null, 3, 3,
					3, 1));
			var app = assets.create(new AssetRequest("Payroll app", AssetType.SOFTWARE, null, owner, null, 1, 1, 1, 1));
			var other = assets.create(new AssetRequest("Canteen menu", AssetType.INFORMATION, null, owner, null, 1, 1,
					1, 1));
			assets.addDependency(app.id(), process.id());
			var onApp = risks.identify(new RiskRequest("Payroll app breached", RiskKind.ASSET_BASED, null, app.id(),
					"T-INTRUSION", "V-AUTH", null, null, owner));
			var onOther = risks.identify(new RiskRequest("Menu leaked", RiskKind.ASSET_BASED, null, other.id(),
					"T-ERROR", "V-CLASSIFY", null, null, owner));
			return List.of(process.id(), onApp.id(), onOther.id());
		});
		scenario.publish(new ReassessmentRequested(org.id(), "change-management", "CHG-42",
				"payroll process moves to a new provider", List.of(ids.get(0)), List.of(), manager.id()))
			.andWaitForEventOfType(RisksMarkedForReassessment.class)
			.matching(event -> event.organizationId().equals(org.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.risks()).isEqualTo(1);
				assertThat(event.source()).isEqualTo("change-management");
			});
		fixtures.as(manager, () -> {
			assertThat(risks.risk(ids.get(1)).reassessmentDue()).isTrue();
			assertThat(risks.risk(ids.get(1)).reassessmentReason()).contains("CHG-42");
			assertThat(risks.risk(ids.get(2)).reassessmentDue()).isFalse();
			// Rating the current risk settles the reassessment.
			risks.rate(ids.get(1), new RatingRequest(RatingKind.CURRENT, 2, 3, "reassessed after CHG-42"));
			assertThat(risks.risk(ids.get(1)).reassessmentDue()).isFalse();
		});
	}
}
