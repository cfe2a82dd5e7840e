package dev.ordo.implementation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ordo.implementation.Coverage.CoverageEntry;
import dev.ordo.implementation.Coverage.Satisfaction;
import dev.ordo.implementation.Coverage.Source;
import dev.ordo.implementation.ImplementationStatus;

class CoverageRulesTest {

	static Source source(String catalog, String control, ImplementationStatus status, String relationship) {
		return new Source(UUID.randomUUID(), catalog, control, control.toUpperCase(), status, relationship);
	}

	@Test
	void aControlNobodyAddressesIsNotCovered() {
		CoverageEntry e = CoverageRules.entry("A.5.1", "A.5.1", "Policies", null, List.of());
		assertThat(e.satisfaction()).isEqualTo(Satisfaction.NONE);
		assertThat(e.status()).isNull();
		assertThat(e.satisfiedBy()).isEmpty();
	}

	@Test
	void mappedControlsSatisfyWithTheirBestStatusAndNotApplicableOnesDoNot() {
		var planned = source("sp", "ac-2", ImplementationStatus.PLANNED, "related");
		var implemented = source("sp", "ac-4", ImplementationStatus.IMPLEMENTED, "related");
		var na = source("sp", "ac-3", ImplementationStatus.NOT_APPLICABLE, "related");
		CoverageEntry e = CoverageRules.entry("A.5.1", "A.5.1", "Policies", null, List.of(planned, na, implemented));
		assertThat(e.satisfaction()).isEqualTo(Satisfaction.MAPPED);
		assertThat(e.status()).isEqualTo(ImplementationStatus.IMPLEMENTED);
		assertThat(e.satisfiedBy()).containsExactly(implemented, planned);
		CoverageEntry onlyNa = CoverageRules.entry("A.5.1", "A.5.1", "Policies", null, List.of(na));
		assertThat(onlyNa.satisfaction()).isEqualTo(Satisfaction.NONE);
	}

	@Test
	void aPartialMappingIsListedButClaimsNoStatus() {
		var verifiedPartly = source("sp", "ac-1", ImplementationStatus.VERIFIED, "partial");
		var planned = source("sp", "ac-2", ImplementationStatus.PLANNED, "related");
		CoverageEntry withFull = CoverageRules.entry("A.5.1", "A.5.1", "Policies", null, List.of(verifiedPartly, planned));
		assertThat(withFull.satisfaction()).isEqualTo(Satisfaction.MAPPED);
		assertThat(withFull.status()).isEqualTo(ImplementationStatus.PLANNED);
		assertThat(withFull.satisfiedBy()).containsExactly(verifiedPartly, planned);
		CoverageEntry onlyPartly = CoverageRules.entry("A.5.2", "A.5.2", "Roles", null, List.of(verifiedPartly));
		assertThat(onlyPartly.satisfaction()).isEqualTo(Satisfaction.PARTIAL);
		assertThat(onlyPartly.status()).isNull();
		assertThat(onlyPartly.satisfiedBy()).containsExactly(verifiedPartly);
		assertThat(CoverageRules.counts(List.of(withFull, onlyPartly)))
			.containsEntry("PLANNED", 1L).containsEntry("PARTIAL", 1L).containsEntry("NONE", 0L)
			.containsEntry("VERIFIED", 0L);
	}

	@Test
	void aDirectApplicationComesFirstAndNotApplicableDirectlyDecides() {
		var direct = source("iso27001-2022", "A.5.1", ImplementationStatus.PLANNED, "direct");
		var mapped = source("sp", "ac-1", ImplementationStatus.IMPLEMENTED, "related");
		CoverageEntry e = CoverageRules.entry("A.5.1", "A.5.1", "Policies", direct, List.of(mapped));
		assertThat(e.satisfaction()).isEqualTo(Satisfaction.DIRECT);
		assertThat(e.status()).isEqualTo(ImplementationStatus.IMPLEMENTED);
		assertThat(e.satisfiedBy()).containsExactly(direct, mapped);
		var na = source("iso27001-2022", "A.7.1", ImplementationStatus.NOT_APPLICABLE, "direct");
		CoverageEntry notApplicable = CoverageRules.entry("A.7.1", "A.7.1", "Perimeters", na, List.of(mapped));
		assertThat(notApplicable.status()).isEqualTo(ImplementationStatus.NOT_APPLICABLE);
		assertThat(notApplicable.satisfiedBy()).containsExactly(na);
		assertThat(CoverageRules.counts(List.of(e, notApplicable, CoverageRules.entry("x", "x", "x", null, List.of()))))
			.containsEntry("IMPLEMENTED", 1L).containsEntry("NOT_APPLICABLE", 1L).containsEntry("NONE", 1L)
			.containsEntry("VERIFIED", 0L);
	}
}
