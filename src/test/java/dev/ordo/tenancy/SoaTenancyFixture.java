package dev.ordo.tenancy;

import java.util.Set;

import org.springframework.context.ApplicationContext;

import dev.ordo.identity.Role;
import dev.ordo.risktreatment.ApplicabilityRequest;
import dev.ordo.risktreatment.IsmsScopeRequest;
import dev.ordo.risktreatment.SoaDecisions;
import dev.ordo.risktreatment.application.SoaService;
import dev.ordo.support.Fixtures;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.TenancyFixture;

/**
 * Statement of Applicability records: an applicability decision, the scope statement, an approved version and a
 * submitted one (so a running approval with its task).
 */
public class SoaTenancyFixture implements TenancyFixture {

	@Override
	public Set<String> populate(Fixtures fixtures, TestOrg org) {
		ApplicationContext context = fixtures.context();
		SoaService soa = context.getBean(SoaService.class);
		var manager = org.user(Role.ISMS_MANAGER);
		var first = fixtures.as(manager, () -> {
			soa.decide(null, "A.7.4", new ApplicabilityRequest(false, "No premises"));
			SoaDecisions.excludeUndecided(soa, null);
			// Named after the organization, so that the tenancy test finds it if another organization sees it.
			soa.stateScope(new IsmsScopeRequest("The whole of " + org.name()));
			return soa.submit(null);
		});
		fixtures.as(org.user(Role.TOP_MANAGEMENT), () -> soa.decideVersion(first.id(), true, "approved"));
		fixtures.as(manager, () -> soa.submit(null));
		return Set.of();
	}
}
