package dev.ordo.risktreatment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ordo.risktreatment.AcceptanceStatus;
import dev.ordo.risktreatment.ControlRef;
import dev.ordo.risktreatment.PlanItemStatus;
import dev.ordo.risktreatment.TreatmentOption;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.InvalidInput;

class RiskTreatmentRulesTest {

	static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void onlyModifyingARiskNeedsControls() {
		assertThat(TreatmentOption.MODIFY.needsControls()).isTrue();
		assertThat(List.of(TreatmentOption.RETAIN, TreatmentOption.AVOID, TreatmentOption.SHARE))
			.noneMatch(TreatmentOption::needsControls);
		assertThat(PlanItemStatus.PLANNED.isOpen()).isTrue();
		assertThat(PlanItemStatus.IN_PROGRESS.isOpen()).isTrue();
		assertThat(PlanItemStatus.DONE.isOpen()).isFalse();
		assertThat(PlanItemStatus.CANCELLED.isOpen()).isFalse();
	}

	@Test
	void anAcceptanceHoldsForItsValidityAndThenExpires() {
		RiskAcceptance acceptance = new RiskAcceptance(UUID.randomUUID(), UUID.randomUUID(), NOW);
		acceptance.accept(UUID.randomUUID(), null, NOW, Duration.ofDays(365));
		assertThat(acceptance.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(365)));
		assertThat(acceptance.isValidAt(NOW.plus(Duration.ofDays(364)))).isTrue();
		assertThat(acceptance.isValidAt(NOW.plus(Duration.ofDays(365)))).isFalse();
		acceptance.expire();
		assertThat(acceptance.getStatus()).isEqualTo(AcceptanceStatus.EXPIRED);
		assertThat(acceptance.isValidAt(NOW)).isFalse();
		assertThatThrownBy(acceptance::expire).isInstanceOf(Conflict.class);
	}

	@Test
	void aRejectionNeedsACommentAndADecisionIsMadeOnce() {
		RiskAcceptance acceptance = new RiskAcceptance(UUID.randomUUID(), UUID.randomUUID(), NOW);
		assertThatThrownBy(() -> acceptance.reject(UUID.randomUUID(), " ", NOW)).isInstanceOf(InvalidInput.class);
		acceptance.reject(UUID.randomUUID(), "too expensive to live with", NOW);
		assertThat(acceptance.getStatus()).isEqualTo(AcceptanceStatus.REJECTED);
		assertThatThrownBy(() -> acceptance.accept(UUID.randomUUID(), null, NOW, Duration.ofDays(1)))
			.isInstanceOf(Conflict.class);
		assertThat(acceptance.isValidAt(NOW)).isFalse();
	}

	@Test
	void changingATreatmentWithdrawsItsApprovalAndKeepsTheControlsInOrder() {
		RiskTreatment treatment = new RiskTreatment(UUID.randomUUID());
		List<ControlRef> controls = List.of(new ControlRef("iso27001-2022", "A.8.7"),
				new ControlRef("0b0c7a4e-1111-4222-8333-444455556666", "ac-2.1"));
		treatment.change(TreatmentOption.MODIFY, "why", controls, UUID.randomUUID(), NOW);
		treatment.approved(UUID.randomUUID(), NOW, "42");
		assertThat(treatment.controls()).isEqualTo(controls);
		assertThat(treatment.getApprovalInstanceId()).isEqualTo("42");
		assertThat(treatment.change(TreatmentOption.MODIFY, "why", controls, UUID.randomUUID(), NOW)).isFalse();
		assertThat(treatment.getApprovalInstanceId()).isEqualTo("42");
		assertThat(treatment.change(TreatmentOption.RETAIN, "cheaper", List.of(), UUID.randomUUID(), NOW)).isTrue();
		assertThat(treatment.controls()).isEmpty();
		assertThat(treatment.getApprovalInstanceId()).isNull();
		assertThat(treatment.getApprovedBy()).isNull();
	}

	@Test
	void onlyAnOpenOrHoldingAcceptanceCanBeWithdrawn() {
		RiskAcceptance requested = new RiskAcceptance(UUID.randomUUID(), UUID.randomUUID(), NOW);
		UUID by = UUID.randomUUID();
		requested.withdraw(by, "the treatment changed", NOW);
		assertThat(requested.getStatus()).isEqualTo(AcceptanceStatus.WITHDRAWN);
		assertThat(requested.getWithdrawnBy()).isEqualTo(by);
		assertThat(requested.getWithdrawalReason()).isEqualTo("the treatment changed");
		assertThatThrownBy(() -> requested.accept(by, null, NOW, Duration.ofDays(1))).isInstanceOf(Conflict.class);
		RiskAcceptance accepted = new RiskAcceptance(UUID.randomUUID(), UUID.randomUUID(), NOW);
		accepted.accept(by, null, NOW, Duration.ofDays(365));
		accepted.withdraw(null, "the residual rating changed", NOW);
		assertThat(accepted.isValidAt(NOW)).isFalse();
		RiskAcceptance rejected = new RiskAcceptance(UUID.randomUUID(), UUID.randomUUID(), NOW);
		rejected.reject(by, "no", NOW);
		assertThatThrownBy(() -> rejected.withdraw(by, "x", NOW)).isInstanceOf(Conflict.class);
	}

	@Test
	void anAcceptanceIsAboutTheResidualRatingItWasRequestedFor() {
		RiskAcceptance acceptance = new RiskAcceptance(UUID.randomUUID(), UUID.randomUUID(), NOW);
		// Requested before ratings were kept with it: no grounds to withdraw it.
		assertThat(acceptance.isAbout(3, 3, 5)).isTrue();
		acceptance.residual(2, 3, 4, "Medium");
		assertThat(acceptance.getResidualLevelName()).isEqualTo("Medium");
		assertThat(acceptance.isAbout(2, 3, 4)).isTrue();
		assertThat(acceptance.isAbout(3, 2, 4)).isFalse();
		assertThat(acceptance.isAbout(2, 3, 5)).isFalse();
	}
}
