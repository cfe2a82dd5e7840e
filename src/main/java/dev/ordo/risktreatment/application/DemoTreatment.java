package dev.ordo.risktreatment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.ordo.frameworks.Frameworks;
import dev.ordo.identity.Identity;
import dev.ordo.riskassessment.DemoRegisterCreated;
import dev.ordo.risktreatment.ControlRef;
import dev.ordo.risktreatment.IsmsScopeRequest;
import dev.ordo.risktreatment.PlanItemRequest;
import dev.ordo.risktreatment.PlanItemStatus;
import dev.ordo.risktreatment.TreatmentOption;
import dev.ordo.risktreatment.TreatmentRequest;

/**
 * Treats three of the demo register's risks (TS 27022 7.5), so that the treatment plan board, the Statement of
 * Applicability and the risk owner's inbox have something to show on a first look: controls selected from Annex A,
 * plan items (one of them overdue), a residual-risk acceptance waiting for the risk owner, and the scope of the ISMS
 * (ISO/IEC 27001:2022 4.3) so that the Statement of Applicability can be submitted. Made through the ordinary
 * services as the demo's ISMS manager, in Ordo's own words.
 */
@Component
class DemoTreatment {

	private final Identity identity;

	private final RiskTreatmentService treatments;

	private final AcceptanceService acceptances;

	private final SoaService soa;

	private final Clock clock;

	DemoTreatment(Identity identity, RiskTreatmentService treatments, AcceptanceService acceptances, SoaService soa,
			Clock clock) {
		this.identity = identity;
		this.treatments = treatments;
		this.acceptances = acceptances;
		this.soa = soa;
		this.clock = clock;
	}

	/** The demo company's ISMS scope, matching the assets of the demo register. */
	static final String SCOPE = "The ISMS covers the order-to-cash business of Demo Corp: taking customer orders "
			+ "through the web portal, running them in the hosted ERP, invoicing and receiving payment, with the "
			+ "people, laptops and Office 365 services used for it. It includes the head office with its server room "
			+ "and archive, and the personnel files of all staff. Hosting of the ERP and the web portal is "
			+ "outsourced to the managed hosting provider: the ISMS covers the contract and its supervision, not the "
			+ "provider's data centre.";

	@EventListener
	void on(DemoRegisterCreated demo) {
		UUID manager = demo.ismsManagerId();
		LocalDate today = LocalDate.now(clock);
		identity.actAs(demo.organizationId(), manager, () -> {
			soa.stateScope(new IsmsScopeRequest(SCOPE));
			UUID ransomware = demo.risksByTitle().get("Ransomware encrypts the ERP");
			treatments.plan(ransomware, new TreatmentRequest(TreatmentOption.MODIFY,
					"Endpoint protection on the servers, prompt patching and restores that are tested bring the "
							+ "likelihood down; the ERP cannot be done without, so the risk is not avoided.",
					annexA("A.8.7", "A.8.8", "A.8.13")));
			treatments.addPlanItem(ransomware, new PlanItemRequest("Extend endpoint detection to the ERP servers",
					manager, today.plusDays(45).toString(), "12000", "10 days",
					PlanItemStatus.IN_PROGRESS));
			treatments.addPlanItem(ransomware, new PlanItemRequest("Restore the ERP from backup once a quarter",
					manager, today.plusDays(90).toString(), null, "2 days per quarter", PlanItemStatus.PLANNED));
			// The risk owner finds this in My tasks.
			acceptances.request(ransomware);

			UUID phishing = demo.risksByTitle().get("Invoices redirected by a phishing e-mail");
			treatments.plan(phishing, new TreatmentRequest(TreatmentOption.MODIFY,
					"A call-back before any change of bank details, and staff who recognise the lure.",
					annexA("A.5.14", "A.6.3")));
			treatments.addPlanItem(phishing, new PlanItemRequest("Call back the supplier before changing bank details",
					manager, today.minusDays(5).toString(), null, "1 day", PlanItemStatus.IN_PROGRESS));
			treatments.addPlanItem(phishing, new PlanItemRequest("Phishing exercise for the finance team twice a year",
					manager, today.plusDays(60).toString(), "3500", "3 days",
					PlanItemStatus.PLANNED));

			UUID hosting = demo.risksByTitle().get("Hosting provider fails");
			treatments.plan(hosting, new TreatmentRequest(TreatmentOption.SHARE,
					"The hosting contract carries service levels with penalties and a tested exit plan; a cyber "
							+ "insurance covers the loss of business.",
					annexA("A.5.20", "A.5.30")));
		});
	}

	private static List<ControlRef> annexA(String... controlIds) {
		return java.util.Arrays.stream(controlIds).map(id -> new ControlRef(Frameworks.ISO27001_2022, id)).toList();
	}
}
