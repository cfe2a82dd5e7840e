package dev.ordo.risktreatment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ordo.risktreatment.AcceptanceStatus;
import dev.ordo.risktreatment.AcceptanceView;
import dev.ordo.risktreatment.MemberRef;
import dev.ordo.risktreatment.PlanItemStatus;
import dev.ordo.risktreatment.PlanItemView;
import dev.ordo.risktreatment.SelectedControl;
import dev.ordo.risktreatment.TreatmentOption;
import dev.ordo.risktreatment.TreatmentView;

class TreatmentSummaryTest {

	static final UUID RISK = UUID.randomUUID();

	static final MemberRef OWNER = new MemberRef(UUID.randomUUID(), "Olga Owner");

	@Test
	void anUntreatedRiskSaysSo() {
		TreatmentSummary s = TreatmentSummary.of(treatment(null, List.of(), List.of(), null));

		assertThat(s.treated()).isFalse();
		assertThat(s.option()).isEqualTo("not chosen yet");
		assertThat(s.controls()).isEqualTo("none selected");
		assertThat(s.plan()).isEqualTo("no actions");
		assertThat(s.acceptance()).isEqualTo("not requested");
	}

	@Test
	void cancelledActionsAreNotPartOfThePlanAndOverdueOnesAreCounted() {
		List<PlanItemView> items = List.of(item(PlanItemStatus.DONE, false), item(PlanItemStatus.PLANNED, true),
				item(PlanItemStatus.IN_PROGRESS, false), item(PlanItemStatus.CANCELLED, false));
		TreatmentSummary s = TreatmentSummary.of(treatment(TreatmentOption.MODIFY,
				List.of(new SelectedControl("iso27001-2022", "A.8.7", "A.8.7", "Protection against malware")), items,
				null));

		assertThat(s.treated()).isTrue();
		assertThat(s.option()).isEqualTo("modify");
		assertThat(s.controls()).isEqualTo("A.8.7 Protection against malware");
		assertThat(s.plan()).isEqualTo("1 of 3 actions done, 1 overdue");
		assertThat(s.overdue()).isTrue();
	}

	@Test
	void theLatestAcceptanceIsSaidWithWhoAndUntilWhen() {
		assertThat(TreatmentSummary.of(treatment(TreatmentOption.RETAIN, List.of(), List.of(),
				acceptance(AcceptanceStatus.ACCEPTED))).acceptance())
			.isEqualTo("accepted by Olga Owner 2026-12-01, until 2027-12-01");
		assertThat(TreatmentSummary.of(treatment(TreatmentOption.RETAIN, List.of(), List.of(),
				acceptance(AcceptanceStatus.REQUESTED))).acceptance())
			.isEqualTo("requested 2026-11-30, waiting for the risk owner");
		assertThat(TreatmentSummary.of(treatment(TreatmentOption.RETAIN, List.of(), List.of(),
				acceptance(AcceptanceStatus.REJECTED))).acceptance())
			.isEqualTo("rejected by Olga Owner 2026-12-01");
	}

	private static AcceptanceView acceptance(AcceptanceStatus status) {
		boolean decided = status != AcceptanceStatus.REQUESTED;
		return new AcceptanceView(UUID.randomUUID(), RISK, status, OWNER, Instant.parse("2026-11-30T10:00:00Z"),
				decided ? OWNER : null, decided ? Instant.parse("2026-12-01T09:00:00Z") : null, "ok",
				decided ? Instant.parse("2027-12-01T09:00:00Z") : null, "run-1", 2, "Low", null, null, null);
	}

	private static PlanItemView item(PlanItemStatus status, boolean overdue) {
		return new PlanItemView(UUID.randomUUID(), RISK, "Risk", "Action", OWNER, LocalDate.of(2026, 1, 1), null, null,
				status, overdue, 0);
	}

	private static TreatmentView treatment(TreatmentOption option, List<SelectedControl> controls,
			List<PlanItemView> items, AcceptanceView acceptance) {
		return new TreatmentView(RISK, "Risk", OWNER, option, null, controls, items, null, null, null, null, null,
				acceptance, acceptance == null ? List.of() : List.of(acceptance), null, null, 0);
	}
}
