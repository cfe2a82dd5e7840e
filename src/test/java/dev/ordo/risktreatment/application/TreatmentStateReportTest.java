package dev.ordo.risktreatment.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.ordo.riskassessment.TreatmentState;
import dev.ordo.risktreatment.TreatmentOption;

/** The rule by which risk treatment reports a risk's treatment state to the register. */
class TreatmentStateReportTest {

	@Test
	void aWaitingRequestComesFirstThenAHoldingAcceptanceThenTheOption() {
		assertThat(TreatmentStateReport.of(null, false, false)).isEqualTo(TreatmentState.UNTREATED);
		assertThat(TreatmentStateReport.of(TreatmentOption.MODIFY, false, false)).isEqualTo(TreatmentState.PLANNED);
		assertThat(TreatmentStateReport.of(TreatmentOption.RETAIN, true, false))
			.isEqualTo(TreatmentState.AWAITING_ACCEPTANCE);
		assertThat(TreatmentStateReport.of(TreatmentOption.SHARE, false, true)).isEqualTo(TreatmentState.ACCEPTED);
		// An older acceptance whose run ended and a new request: the owner is being asked again.
		assertThat(TreatmentStateReport.of(TreatmentOption.AVOID, true, true))
			.isEqualTo(TreatmentState.AWAITING_ACCEPTANCE);
		// Acceptance of a risk as it is, asked before any option was chosen.
		assertThat(TreatmentStateReport.of(null, true, false)).isEqualTo(TreatmentState.AWAITING_ACCEPTANCE);
	}
}
