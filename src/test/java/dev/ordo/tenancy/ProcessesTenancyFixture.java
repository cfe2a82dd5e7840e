package dev.ordo.tenancy;

import java.util.List;
import java.util.Set;

import dev.ordo.identity.Role;
import dev.ordo.processes.TailoringChangeView;
import dev.ordo.processes.TailoringRequest;
import dev.ordo.processes.application.TailoringService;
import dev.ordo.support.Fixtures;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.TenancyFixture;

/** Tailoring changes (one decided, one waiting with an open approval task) and catalog keys. */
public class ProcessesTenancyFixture implements TenancyFixture {

	@Override
	public Set<String> populate(Fixtures fixtures, TestOrg org) {
		TailoringService tailoring = fixtures.context().getBean(TailoringService.class);
		TailoringChangeView decided = fixtures.as(org.user(Role.ISMS_MANAGER), () -> tailoring.propose("policy-management",
				new TailoringRequest(true, null, org.user(Role.PROCESS_OWNER).id(), List.of(), 2, null, "fixture")));
		fixtures.as(org.user(Role.TOP_MANAGEMENT), () -> tailoring.decide(decided.id(), true, "ok"));
		fixtures.as(org.user(Role.ISMS_MANAGER), () -> tailoring.propose("risk-assessment",
				new TailoringRequest(true, null, org.user(Role.PROCESS_OWNER).id(), List.of(), 3, null, "fixture")));
		return Set.of("policy-management", "risk-assessment");
	}
}
