package dev.ordo.tenancy;

import java.time.LocalDate;
import java.util.Set;

import dev.ordo.identity.Role;
import dev.ordo.implementation.AppliedControlRequest;
import dev.ordo.implementation.EvidenceRequest;
import dev.ordo.implementation.ImplementationStatus;
import dev.ordo.implementation.VerificationRequest;
import dev.ordo.implementation.VerificationResult;
import dev.ordo.implementation.application.AppliedControlService;
import dev.ordo.support.Fixtures;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.TenancyFixture;

/** An applied control with evidence and a verification, and one not applicable. */
public class ImplementationTenancyFixture implements TenancyFixture {

	@Override
	public Set<String> populate(Fixtures fixtures, TestOrg org) {
		AppliedControlService controls = fixtures.context().getBean(AppliedControlService.class);
		var owner = org.user(Role.PROCESS_OWNER).id();
		fixtures.as(org.user(Role.ISMS_MANAGER), () -> {
			var applied = controls.create(new AppliedControlRequest("iso27001-2022", "A.8.13",
					ImplementationStatus.IMPLEMENTED, null, owner, null, "fixture"));
			controls.addEvidence(applied.id(), new EvidenceRequest("https://wiki.example/backup", "Backup policy"), null);
			controls.verify(applied.id(),
					new VerificationRequest(LocalDate.now().toString(), VerificationResult.EFFECTIVE, "fixture"), null);
			controls.create(new AppliedControlRequest("iso27001-2022", "A.7.1", ImplementationStatus.NOT_APPLICABLE,
					"No premises", owner, null, null));
		});
		return Set.of();
	}
}
