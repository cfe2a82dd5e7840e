package dev.ordo.tenancy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;

import dev.ordo.frameworks.Frameworks;
import dev.ordo.identity.Role;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RatingRequest;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.risktreatment.ControlRef;
import dev.ordo.risktreatment.PlanItemRequest;
import dev.ordo.risktreatment.PlanItemStatus;
import dev.ordo.risktreatment.TreatmentOption;
import dev.ordo.risktreatment.TreatmentRequest;
import dev.ordo.risktreatment.application.AcceptanceService;
import dev.ordo.risktreatment.application.RiskTreatmentService;
import dev.ordo.support.Fixtures;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.TenancyFixture;

/** A risk with a treatment, a plan item and an accepted residual risk (so a running acceptance run). */
public class RiskTreatmentTenancyFixture implements TenancyFixture {

	@Override
	public Set<String> populate(Fixtures fixtures, TestOrg org) {
		ApplicationContext context = fixtures.context();
		RiskService risks = context.getBean(RiskService.class);
		RiskTreatmentService treatments = context.getBean(RiskTreatmentService.class);
		AcceptanceService acceptances = context.getBean(AcceptanceService.class);
		var owner = org.user(Role.PROCESS_OWNER);
		var risk = fixtures.as(org.user(Role.ISMS_MANAGER), () -> {
			var r = risks.identify(new RiskRequest("Laptop stolen", RiskKind.EVENT_BASED, null, null, null, null,
					"A laptop is stolen from a car", "Operational", owner.id()));
			risks.rate(r.id(), new RatingRequest(RatingKind.RESIDUAL, 1, 2, "disks encrypted"));
			treatments.plan(r.id(), new TreatmentRequest(TreatmentOption.MODIFY, "encrypt disks",
					List.of(new ControlRef(Frameworks.ISO27001_2022, "A.8.1"))));
			treatments.addPlanItem(r.id(), new PlanItemRequest("Roll out disk encryption", owner.id(),
					LocalDate.now().plusDays(30).toString(), "1,200.00", "3 days", PlanItemStatus.PLANNED));
			acceptances.request(r.id());
			return r;
		});
		fixtures.as(owner, () -> acceptances.decide(risk.id(), true, "fine"));
		return Set.of();
	}
}
