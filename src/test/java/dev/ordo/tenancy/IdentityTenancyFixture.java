package dev.ordo.tenancy;

import java.util.Set;

import dev.ordo.support.Fixtures;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.TenancyFixture;

/** API tokens of every member (memberships exist already). */
public class IdentityTenancyFixture implements TenancyFixture {

	@Override
	public Set<String> populate(Fixtures fixtures, TestOrg org) {
		org.byRole().values().forEach(fixtures::token);
		return Set.of();
	}
}
