package dev.ordo.risktreatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;

import dev.ordo.frameworks.Frameworks;
import dev.ordo.identity.Role;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.risktreatment.application.RiskTreatmentService;
import dev.ordo.risktreatment.application.SoaService;
import dev.ordo.support.Fixtures;

/**
 * The Statement of Applicability with the modules it needs: a decision publishes ApplicabilityDecided; submitting,
 * rejecting and approving a version publish StatementOfApplicabilitySubmitted, …Rejected and …Approved, the last with
 * the approval run (lineage); stating the scope of the ISMS publishes IsmsScopeStated, and a version keeps the scope
 * and the risks it was submitted with while the draft follows a new scope and leaves a closed risk out.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "platform", "workflow", "processes" })
class SoaModuleTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	RiskService risks;

	@Autowired
	RiskTreatmentService treatments;

	@Autowired
	SoaService soa;

	@Test
	void decisionsSubmissionsAndApprovalsArePublished(PublishedEvents events) {
		Fixtures fixtures = new Fixtures(context);
		var org = fixtures.organization("Module SoA");
		var manager = org.user(Role.ISMS_MANAGER);
		var top = org.user(Role.TOP_MANAGEMENT);
		var v1 = fixtures.as(manager, () -> {
			var risk = risks.identify(new RiskRequest("Phishing", RiskKind.EVENT_BASED, null, null, null, null,
					"Mail", null, org.user(Role.PROCESS_OWNER).id()));
			treatments.plan(risk.id(), new TreatmentRequest(TreatmentOption.MODIFY, "train",
					List.of(new ControlRef(Frameworks.ISO27001_2022, "A.6.3"))));
			soa.decide(null, "A.5.7", new ApplicabilityRequest(false, "Threat intelligence is bought in"));
			SoaDecisions.excludeUndecided(soa, null);
			SoaDecisions.stateScope(soa);
			return soa.submit(null);
		});
		assertThat(events.ofType(ApplicabilityDecided.class).matching(e -> e.organizationId().equals(org.id())
				&& e.controlId().equals("A.5.7"))).singleElement().satisfies(e -> {
				assertThat(e.controlId()).isEqualTo("A.5.7");
				assertThat(e.applicable()).isFalse();
				assertThat(e.actorId()).isEqualTo(manager.id());
			});
		assertThat(events.ofType(StatementOfApplicabilitySubmitted.class)
			.matching(e -> e.organizationId().equals(org.id()))).singleElement()
			.satisfies(e -> assertThat(e.approvalInstanceId()).isEqualTo(v1.approvalInstanceId()));
		fixtures.as(top, () -> soa.decideVersion(v1.id(), false, "A.5.7 needs a better reason"));
		assertThat(events.ofType(StatementOfApplicabilityRejected.class)
			.matching(e -> e.organizationId().equals(org.id()))).singleElement()
			.satisfies(e -> assertThat(e.comment()).isEqualTo("A.5.7 needs a better reason"));
		var v2 = fixtures.as(manager, () -> soa.submit(null));
		fixtures.as(top, () -> soa.decideVersion(v2.id(), true, null));
		assertThat(events.ofType(StatementOfApplicabilityApproved.class)
			.matching(e -> e.organizationId().equals(org.id()))).singleElement().satisfies(e -> {
				assertThat(e.number()).isEqualTo(2);
				assertThat(e.actorId()).isEqualTo(top.id());
				assertThat(e.approvalInstanceId()).isEqualTo(v2.approvalInstanceId());
			});
		var current = fixtures.as(top, () -> soa.current(null));
		assertThat(current.controls()).filteredOn(c -> c.controlId().equals("A.6.3")).singleElement()
			.satisfies(c -> assertThat(c.risks()).extracting(SoaEntry.SoaRisk::title).containsExactly("Phishing"));
	}

	@Test
	void aVersionKeepsItsScopeAndRisksWhileTheDraftFollowsTheScopeAndClosure(PublishedEvents events) {
		Fixtures fixtures = new Fixtures(context);
		var org = fixtures.organization("Module SoA scope");
		var manager = org.user(Role.ISMS_MANAGER);
		var risk = fixtures.as(manager, () -> risks.identify(new RiskRequest("Stolen laptop", RiskKind.EVENT_BASED,
				null, null, null, null, "Theft", null, org.user(Role.PROCESS_OWNER).id())));
		var v1 = fixtures.as(manager, () -> {
			treatments.plan(risk.id(), new TreatmentRequest(TreatmentOption.MODIFY, "encrypt",
					List.of(new ControlRef(Frameworks.ISO27001_2022, "A.8.1"))));
			soa.stateScope(new IsmsScopeRequest("Field sales with their laptops"));
			SoaDecisions.excludeUndecided(soa, null);
			var submitted = soa.submit(null);
			soa.stateScope(new IsmsScopeRequest("The whole company"));
			risks.close(risk.id(), "laptops replaced by thin clients");
			return submitted;
		});
		assertThat(events.ofType(IsmsScopeStated.class).matching(e -> e.organizationId().equals(org.id())))
			.extracting(IsmsScopeStated::statement, IsmsScopeStated::actorId)
			.containsExactly(tuple("Field sales with their laptops", manager.id()),
					tuple("The whole company", manager.id()));
		fixtures.as(manager, () -> {
			var frozen = soa.version(v1.id().toString(), null);
			assertThat(frozen.scopeStatement()).isEqualTo("Field sales with their laptops");
			assertThat(frozen.contentSha256()).hasSize(64);
			assertThat(frozen.controls()).filteredOn(c -> c.controlId().equals("A.8.1")).singleElement()
				.satisfies(c -> assertThat(c.risks()).extracting(SoaEntry.SoaRisk::title).containsExactly("Stolen laptop"));
			var draft = soa.draft(null);
			assertThat(draft.scopeStatement()).isEqualTo("The whole company");
			assertThat(draft.controls()).filteredOn(c -> c.controlId().equals("A.8.1")).singleElement()
				.satisfies(c -> assertThat(c.risks()).isEmpty());
			return null;
		});
	}
}
