package dev.ordo.risktreatment;

import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.ordo.risktreatment.application.AcceptanceService;
import dev.ordo.risktreatment.application.RiskTreatmentService;

/**
 * What other modules may ask risk treatment (implementation, the Statement of Applicability, performance
 * evaluation): a risk's treatment with its selected controls, plan and acceptances. Results leave as events.
 */
@Service
public class RiskTreatment {

	private final RiskTreatmentService treatments;

	private final AcceptanceService acceptances;

	RiskTreatment(RiskTreatmentService treatments, AcceptanceService acceptances) {
		this.treatments = treatments;
		this.acceptances = acceptances;
	}

	/** The treatment of one risk of the current organization; {@link dev.ordo.shared.NotFound} otherwise. */
	public TreatmentView treatment(UUID riskId) {
		return treatments.treatment(riskId);
	}

	/** The latest acceptance of a risk's residual risk; {@link dev.ordo.shared.NotFound} if none was requested. */
	public AcceptanceView acceptance(UUID riskId) {
		return acceptances.latest(riskId);
	}
}
