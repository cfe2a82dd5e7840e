package dev.ordo.tenancy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import dev.ordo.frameworks.OscalSamples;
import dev.ordo.frameworks.application.CatalogImportService;
import dev.ordo.frameworks.application.CatalogImportService.Upload;
import dev.ordo.frameworks.application.MappingService;
import dev.ordo.identity.Role;
import dev.ordo.support.Fixtures;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.TenancyFixture;

/**
 * An imported catalog with its import record and a mapping to ISO/IEC 27001:2022. The catalog's key and one of its
 * control ids are both {@value #PROBE}, so endpoints with a catalog and a control in the path can be proven with
 * one shared value.
 */
public class FrameworksTenancyFixture implements TenancyFixture {

	static final String PROBE = "tenancy-probe";

	@Override
	public Set<String> populate(Fixtures fixtures, TestOrg org) {
		var context = fixtures.context();
		CatalogImportService imports = context.getBean(CatalogImportService.class);
		MappingService mappings = context.getBean(MappingService.class);
		byte[] catalog = OscalSamples.jsonCatalog("Probe catalog", PROBE).getBytes(StandardCharsets.UTF_8);
		fixtures.as(org.user(Role.ISMS_MANAGER), () -> {
			var started = imports.start(new Upload("probe.json", catalog.length,
					() -> new java.io.ByteArrayInputStream(catalog)), null, PROBE);
			try {
				started.await(60);
			}
			catch (TimeoutException ex) {
				throw new IllegalStateException(ex);
			}
			mappings.importNistToIso(PROBE, "AC-1,Policy,\"5.2, A.5.1.1\"\n", "probe.csv");
		});
		return Set.of(PROBE);
	}
}
