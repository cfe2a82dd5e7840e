package dev.ordo.risktreatment.application;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.riskassessment.RiskAssessment;
import dev.ordo.riskassessment.TreatmentState;
import dev.ordo.risktreatment.AcceptanceStatus;
import dev.ordo.risktreatment.TreatmentOption;
import dev.ordo.risktreatment.domain.RiskAcceptanceRepository;
import dev.ordo.risktreatment.domain.RiskTreatment;
import dev.ordo.risktreatment.domain.RiskTreatmentRepository;

/**
 * Tells risk assessment how far a risk's treatment has come ({@link TreatmentState}), for the register's treatment
 * filter (ISO/IEC 27001:2022 6.1.3, TS 27022 7.5), after every change that can move it: a treatment saved, an
 * acceptance requested, accepted, rejected, expired (and asked again) or withdrawn. Derived each time from what risk
 * treatment holds rather than from the change, so that every caller reports alike and a repeated report changes
 * nothing; in the caller's transaction, so the register never shows a state whose change rolled back.
 * {@code V7__register_treatment_state.sql} applies the same rule ({@link #of}) to the risks treated before.
 */
@Component
class TreatmentStateReport {

	private final RiskTreatmentRepository treatments;

	private final RiskAcceptanceRepository acceptances;

	private final RiskAssessment riskAssessment;

	TreatmentStateReport(RiskTreatmentRepository treatments, RiskAcceptanceRepository acceptances,
			RiskAssessment riskAssessment) {
		this.treatments = treatments;
		this.acceptances = acceptances;
		this.riskAssessment = riskAssessment;
	}

	/** Reports the risk's state as its treatment and acceptances now say (changes of this transaction included). */
	@Transactional(propagation = Propagation.MANDATORY)
	void report(UUID riskId) {
		TreatmentOption option = treatments.findByRiskId(riskId).map(RiskTreatment::getOption).orElse(null);
		riskAssessment.treatmentStateChanged(riskId, of(option,
				acceptances.existsByRiskIdAndStatus(riskId, AcceptanceStatus.REQUESTED),
				acceptances.existsByRiskIdAndStatus(riskId, AcceptanceStatus.ACCEPTED)));
	}

	/**
	 * The rule: a request waiting for the owner comes first (also the one an expiry asks again with), then an
	 * acceptance that holds; otherwise, whether an option was chosen. Rejected, expired and withdrawn acceptances
	 * are decisions that no longer apply, so they leave the risk planned. A request made before any option was chosen
	 * (acceptance of a risk as it is) still waits for the owner.
	 */
	static TreatmentState of(TreatmentOption option, boolean requested, boolean accepted) {
		if (requested) {
			return TreatmentState.AWAITING_ACCEPTANCE;
		}
		if (accepted) {
			return TreatmentState.ACCEPTED;
		}
		return option == null ? TreatmentState.UNTREATED : TreatmentState.PLANNED;
	}
}
