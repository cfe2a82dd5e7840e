package dev.ordo.support;

import java.util.Set;

import dev.ordo.support.Fixtures.TestOrg;

/**
 * Creates a module's records in an organization, for the generic tenancy test. Each module that adds API resources
 * adds an implementation (registered in {@code META-INF/services/dev.ordo.support.TenancyFixture} of the test
 * resources); the tenancy test itself never changes.
 */
public interface TenancyFixture {

	/**
	 * Creates records in {@code org} (acting as its members through {@code fixtures}).
	 *
	 * @return values that are shared by all organizations (catalog keys), which the path variables of the module's
	 * endpoints also accept
	 */
	Set<String> populate(Fixtures fixtures, TestOrg org);
}
