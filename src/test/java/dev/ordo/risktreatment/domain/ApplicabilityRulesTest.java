package dev.ordo.risktreatment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ordo.risktreatment.SoaEntry;
import dev.ordo.risktreatment.SoaEntry.Decision;
import dev.ordo.risktreatment.SoaEntry.SoaRequirement;
import dev.ordo.risktreatment.SoaEntry.SoaRisk;

class ApplicabilityRulesTest {

	static final ApplicabilityRules.Control CONTROL = new ApplicabilityRules.Control("A.8.7",
			"A.8.7", "Protection against malware", "technological", "A.8 Technological controls");

	static final SoaRisk RISK = new SoaRisk(UUID.randomUUID(), "Malware on laptops", null, null);

	static ApplicabilityRules.Implementation implementation(String status) {
		return new ApplicabilityRules.Implementation(UUID.randomUUID(), status, null, null, null, null,
				List.of(new SoaEntry.Evidence("https://wiki.example/av", "AV rollout")));
	}

	static SoaRequirement mapped(String controlId, String relationship, String status) {
		return new SoaRequirement("nist", "SP 800-53", controlId, controlId.toUpperCase(), relationship, status,
				status == null ? null : UUID.randomUUID(),
				status == null ? List.of() : List.of(new SoaEntry.Evidence("https://wiki.example/" + controlId, null)));
	}

	static Decision decision(boolean applicable, String why) {
		return new Decision(applicable, why, null, java.time.Instant.now());
	}

	@Test
	void aControlSelectedForARiskIsApplicableWithTheRiskAsJustification() {
		SoaEntry e = ApplicabilityRules.entry(CONTROL, List.of(RISK), null, List.of(), null);
		assertThat(e.applicable()).isTrue();
		assertThat(e.bases()).containsExactly(ApplicabilityRules.RISK_TREATMENT);
		assertThat(e.justification()).isEqualTo("Treats risk: Malware on laptops.");
		assertThat(e.inconsistencies()).isEmpty();
	}

	@Test
	void anAppliedOrMappedControlIsApplicableButOneMarkedNotApplicableIsNot() {
		assertThat(ApplicabilityRules.entry(CONTROL, List.of(), implementation("PLANNED"), List.of(), null).applicable())
			.isTrue();
		SoaEntry mapped = ApplicabilityRules.entry(CONTROL, List.of(), null,
				List.of(mapped("si-3", "related", "IMPLEMENTED")), null);
		assertThat(mapped.applicable()).isTrue();
		assertThat(mapped.justification()).contains("SI-3 (related)");
		SoaEntry na = ApplicabilityRules.entry(CONTROL, List.of(), implementation("NOT_APPLICABLE"), List.of(), null);
		assertThat(na.applicable()).isNull();
		assertThat(na.implementationStatus()).isEqualTo("NOT_APPLICABLE");
	}

	@Test
	void withoutDataOrDecisionAControlIsUndecided() {
		SoaEntry e = ApplicabilityRules.entry(CONTROL, List.of(), null, List.of(), null);
		assertThat(e.applicable()).isNull();
		assertThat(e.justification()).isEqualTo("Not decided yet");
	}

	@Test
	void aDecisionOverridesTheDataAndContradictionsAreFlagged() {
		SoaEntry excluded = ApplicabilityRules.entry(CONTROL, List.of(RISK), implementation("IMPLEMENTED"), List.of(),
				decision(false, "We use no endpoints"));
		assertThat(excluded.applicable()).isFalse();
		assertThat(excluded.justification()).isEqualTo("We use no endpoints");
		assertThat(excluded.inconsistencies()).hasSize(2)
			.anySatisfy(p -> assertThat(p).contains("selected to treat 1 risk: Malware on laptops"))
			.anySatisfy(p -> assertThat(p).contains("applied control is implemented"));
		SoaEntry included = ApplicabilityRules.entry(CONTROL, List.of(), implementation("NOT_APPLICABLE"), List.of(),
				decision(true, "Required by a customer contract"));
		assertThat(included.applicable()).isTrue();
		assertThat(included.bases()).containsExactly(ApplicabilityRules.DECISION);
		assertThat(included.inconsistencies()).containsExactly("Applicable, but its applied control is marked not applicable");
		// Excluding a control only planned is a change of mind, not a contradiction.
		assertThat(ApplicabilityRules.entry(CONTROL, List.of(), implementation("PLANNED"), List.of(),
				decision(false, "dropped")).inconsistencies()).isEmpty();
	}

	@Test
	void aJustificationIsNeededToExcludeAndToIncludeWithoutReason() {
		assertThat(ApplicabilityRules.needsJustification(false, true)).isTrue();
		assertThat(ApplicabilityRules.needsJustification(true, false)).isTrue();
		assertThat(ApplicabilityRules.needsJustification(true, true)).isFalse();
	}

	@Test
	void theEffectiveStatusIsTheControlsOwnElseTheFurthestMappedOne() {
		SoaEntry own = ApplicabilityRules.entry(CONTROL, List.of(), implementation("PLANNED"),
				List.of(mapped("si-3", "related", "VERIFIED")), null);
		assertThat(own.effectiveStatus()).isEqualTo("PLANNED");
		assertThat(own.effectiveThrough()).isNull();

		SoaEntry mapped = ApplicabilityRules.entry(CONTROL, List.of(), null, List.of(mapped("si-2", null, null),
				mapped("si-3", "partial", "IMPLEMENTED"), mapped("si-4", "related", "IN_PROGRESS"),
				mapped("si-8", "related", "IMPLEMENTED")), null);
		assertThat(mapped.implementationStatus()).isNull();
		assertThat(mapped.effectiveStatus()).isEqualTo("IMPLEMENTED");
		// Of two implemented, the related mapping counts before the partial one.
		assertThat(mapped.effectiveThrough().controlId()).isEqualTo("si-8");
		assertThat(mapped.effectiveThrough().evidence()).extracting(SoaEntry.Evidence::url)
			.containsExactly("https://wiki.example/si-8");

		SoaEntry onlySelected = ApplicabilityRules.entry(CONTROL, List.of(), null, List.of(mapped("si-2", "related",
				null)), null);
		assertThat(onlySelected.applicable()).isTrue();
		assertThat(onlySelected.effectiveStatus()).isNull();
		assertThat(onlySelected.effectiveThrough()).isNull();
	}
}
