package dev.ordo.implementation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.ordo.implementation.ImplementationStatus;
import dev.ordo.implementation.VerificationResult;

class OverdueRulesTest {

	final Clock clock = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

	final LocalDate today = LocalDate.now(clock);

	final OverdueRules rules = new OverdueRules(Period.ofDays(365));

	@Test
	void openWorkIsOverdueAfterItsDueDate() {
		assertThat(rules.reason(ImplementationStatus.PLANNED, today.minusDays(1), null, null, today))
			.isEqualTo("due on 2026-06-14");
		assertThat(rules.reason(ImplementationStatus.IN_PROGRESS, today.minusDays(1), null, null, today)).isNotNull();
		assertThat(rules.reason(ImplementationStatus.PLANNED, today, null, null, today)).isNull();
		assertThat(rules.reason(ImplementationStatus.PLANNED, null, null, null, today)).isNull();
		// A due date no longer matters once implemented or not applicable.
		assertThat(rules.reason(ImplementationStatus.IMPLEMENTED, today.minusDays(9), today, null, today)).isNull();
		assertThat(rules.reason(ImplementationStatus.NOT_APPLICABLE, today.minusDays(9), null, null, today)).isNull();
	}

	@Test
	void controlsInOperationAreOverdueWhenTheLastVerificationIsOlderThanTheInterval() {
		assertThat(rules.reason(ImplementationStatus.VERIFIED, null, today.minusDays(900), today.minusDays(365),
				today)).isNull();
		assertThat(rules.reason(ImplementationStatus.VERIFIED, null, today.minusDays(900), today.minusDays(366),
				today)).isEqualTo("last verified on 2025-06-14");
		// Never verified: counted from the day it went into operation.
		assertThat(rules.reason(ImplementationStatus.IMPLEMENTED, null, today.minusDays(366), null, today))
			.startsWith("never verified");
		assertThat(rules.reason(ImplementationStatus.IMPLEMENTED, null, today.minusDays(10), null, today)).isNull();
		assertThat(rules.nextVerificationDue(ImplementationStatus.VERIFIED, today.minusDays(900), today))
			.isEqualTo(today.plusDays(365));
		assertThat(rules.nextVerificationDue(ImplementationStatus.PLANNED, null, null)).isNull();
		assertThat(rules.verificationCutoff(today)).isEqualTo(today.minusDays(365));
	}

	@Test
	void aVerificationChangesTheStatusOnlyWhenItIsTheLatest() {
		Instant now = clock.instant();
		AppliedControl control = new AppliedControl("iso27001-2022", "A.5.1", "A.5.1", "Policies", now);
		control.change(ImplementationStatus.IMPLEMENTED, null, null, null, null, today, now);
		assertThat(control.getImplementedOn()).isEqualTo(today);
		control.verified(today.minusDays(1), null, VerificationResult.EFFECTIVE, today, now);
		assertThat(control.getStatus()).isEqualTo(ImplementationStatus.VERIFIED);
		// An older verification is history only.
		control.verified(today.minusDays(30), null, VerificationResult.NOT_EFFECTIVE, today, now);
		assertThat(control.getStatus()).isEqualTo(ImplementationStatus.VERIFIED);
		assertThat(control.getLastVerifiedOn()).isEqualTo(today.minusDays(1));
		control.verified(today, null, VerificationResult.NOT_EFFECTIVE, today, now);
		assertThat(control.getStatus()).isEqualTo(ImplementationStatus.IN_PROGRESS);
		assertThat(control.getImplementedOn()).isNull();
	}
}
