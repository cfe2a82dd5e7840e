package dev.ordo.risktreatment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ordo.risktreatment.AcceptanceStatus;
import dev.ordo.risktreatment.TreatmentOption;
import dev.ordo.risktreatment.TreatmentStatus;
import dev.ordo.risktreatment.TreatmentStatus.PlanCounts;

/** The register's treatment cell says each state in the words of the risk page's summary. */
class TreatmentStatusCellTest {

	static final UUID RISK = UUID.randomUUID();

	static final Instant EXPIRY = Instant.parse("2027-12-01T09:00:00Z");

	@Test
	void anUntreatedRiskSaysOnlyThatUnlessItHasAPlanOrAnAcceptance() {
		TreatmentStatusCell bare = cell(null, PlanCounts.NONE, null, null);
		assertThat(bare.id()).isEqualTo("treatment-" + RISK);
		assertThat(bare.option()).isEqualTo("not chosen yet");
		assertThat(bare.plan()).isNull();
		assertThat(bare.acceptance()).isNull();

		TreatmentStatusCell planned = cell(null, new PlanCounts(1, 0, 0, 0), null, null);
		assertThat(planned.plan()).isEqualTo("0 of 1 action done");
		assertThat(planned.acceptance()).isNull();
	}

	@Test
	void aTreatedRiskSaysItsPlanAndAcceptance() {
		TreatmentStatusCell cell = cell(TreatmentOption.SHARE, new PlanCounts(2, 1, 1, 3), null, null);
		assertThat(cell.option()).isEqualTo("share");
		// Cancelled actions are not part of the plan.
		assertThat(cell.plan()).isEqualTo("1 of 3 actions done, 1 overdue");
		assertThat(cell.overdue()).isTrue();
		assertThat(cell.acceptance()).isEqualTo("acceptance not requested");
		assertThat(cell(TreatmentOption.AVOID, PlanCounts.NONE, null, null).plan()).isEqualTo("no actions");
		assertThat(cell(TreatmentOption.AVOID, PlanCounts.NONE, null, null).overdue()).isFalse();
	}

	@Test
	void eachAcceptanceStateInShort() {
		assertThat(acceptance(AcceptanceStatus.REQUESTED, null)).isEqualTo("acceptance requested");
		assertThat(acceptance(AcceptanceStatus.ACCEPTED, EXPIRY)).isEqualTo("accepted until 2027-12-01");
		assertThat(acceptance(AcceptanceStatus.ACCEPTED, null)).isEqualTo("accepted");
		assertThat(acceptance(AcceptanceStatus.REJECTED, null)).isEqualTo("acceptance rejected");
		assertThat(acceptance(AcceptanceStatus.EXPIRED, EXPIRY)).isEqualTo("acceptance expired 2027-12-01");
		assertThat(acceptance(AcceptanceStatus.WITHDRAWN, EXPIRY)).isEqualTo("acceptance withdrawn");
		// Not treated (any more) but offered for acceptance: the acceptance is still said.
		assertThat(cell(null, PlanCounts.NONE, AcceptanceStatus.WITHDRAWN, null).acceptance())
			.isEqualTo("acceptance withdrawn");
	}

	private static String acceptance(AcceptanceStatus status, Instant expiresAt) {
		return cell(TreatmentOption.RETAIN, PlanCounts.NONE, status, expiresAt).acceptance();
	}

	private static TreatmentStatusCell cell(TreatmentOption option, PlanCounts plan, AcceptanceStatus status,
			Instant expiresAt) {
		return TreatmentStatusCell.of(new TreatmentStatus(RISK, option, plan, status, expiresAt));
	}
}
