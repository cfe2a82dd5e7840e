package dev.ordo.tenancy;

import java.util.Set;

import org.springframework.context.ApplicationContext;

import dev.ordo.identity.Role;
import dev.ordo.riskassessment.AssetRequest;
import dev.ordo.riskassessment.AssetType;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RatingRequest;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.application.AssetService;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.support.Fixtures;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.TenancyFixture;

/** Assets with a dependency, an asset-based and an event-based risk with ratings (and so rating history). */
public class RiskAssessmentTenancyFixture implements TenancyFixture {

	@Override
	public Set<String> populate(Fixtures fixtures, TestOrg org) {
		ApplicationContext context = fixtures.context();
		AssetService assets = context.getBean(AssetService.class);
		RiskService risks = context.getBean(RiskService.class);
		var owner = org.user(Role.PROCESS_OWNER).id();
		fixtures.as(org.user(Role.ISMS_MANAGER), () -> {
			var process = assets.create(new AssetRequest("Billing", AssetType.BUSINESS_PROCESS, null, owner, "internal",
					2, 3, 4, 1));
			var app = assets.create(new AssetRequest("Billing app", AssetType.SOFTWARE, null, owner, null, 1, 1, 1, 1));
			assets.addDependency(app.id(), process.id());
			var risk = risks.identify(new RiskRequest("Billing app encrypted by ransomware", RiskKind.ASSET_BASED, null,
					app.id(), "T-MALWARE", "V-PATCH", null, "Operational", owner));
			risks.rate(risk.id(), new RatingRequest(RatingKind.CURRENT, 3, 4, "fixture"));
			var event = risks.identify(new RiskRequest("Supplier fails", RiskKind.EVENT_BASED, null, null, null, null,
					"The payment provider stops", "Financial", owner));
			risks.rate(event.id(), new RatingRequest(RatingKind.INHERENT, 2, 2, "fixture"));
		});
		return Set.of();
	}
}
