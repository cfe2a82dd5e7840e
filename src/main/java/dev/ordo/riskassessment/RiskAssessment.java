package dev.ordo.riskassessment;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.ordo.riskassessment.application.AssetService;
import dev.ordo.riskassessment.application.RiskCriteriaService;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.riskassessment.domain.TreatmentStates;

/**
 * What other modules may ask risk assessment (risk treatment, the Statement of Applicability, performance
 * evaluation): a risk with its ratings, an asset with its protection needs, and the organization's risk criteria.
 * Changes go through this module's own pages and API; results leave it as events.
 */
@Service
public class RiskAssessment {

	private final RiskService risks;

	private final AssetService assets;

	private final RiskCriteriaService criteria;

	private final TreatmentStates treatmentStates;

	RiskAssessment(RiskService risks, AssetService assets, RiskCriteriaService criteria,
			TreatmentStates treatmentStates) {
		this.treatmentStates = treatmentStates;
		this.risks = risks;
		this.assets = assets;
		this.criteria = criteria;
	}

	/** One risk of the current organization; {@link dev.ordo.shared.NotFound} otherwise. */
	public RiskView risk(UUID riskId) {
		return risks.risk(riskId);
	}

	/**
	 * Titles of the given risks of the current organization, in one statement; ids of other organizations or of
	 * deleted risks are absent from the answer.
	 */
	public Map<UUID, String> riskTitles(Collection<UUID> riskIds) {
		return risks.titles(riskIds);
	}

	/**
	 * Like {@link #riskTitles}, without closed risks, in one statement: a closed (retired) risk no longer calls for
	 * a control, e.g. as justification for including it in the Statement of Applicability (ISO/IEC 27001:2022
	 * 6.1.3 d).
	 */
	public Map<UUID, String> openRiskTitles(Collection<UUID> riskIds) {
		return risks.openTitles(riskIds);
	}

	/**
	 * Risk treatment (TS 27022 7.5) reports how far a risk's treatment has come, whenever a treatment is saved or an
	 * acceptance of the residual risk changes state, for the register's treatment filter (ISO/IEC 27001:2022 6.1.3).
	 * Written in the caller's transaction (it commits with the treatment or not at all), for a risk of the current
	 * organization only (another organization's is left alone, as an unknown one); no edit of the risk: neither its
	 * version nor its rating history changes ({@link TreatmentState}).
	 *
	 * @return whether the state changed
	 */
	public boolean treatmentStateChanged(UUID riskId, TreatmentState state) {
		return treatmentStates.record(riskId, state);
	}

	/** One asset of the current organization; {@link dev.ordo.shared.NotFound} otherwise. */
	public AssetView asset(UUID assetId) {
		return assets.asset(assetId);
	}

	/** The current organization's risk criteria (Ordo's defaults until changed). */
	public RiskCriteriaView criteria() {
		return criteria.view();
	}
}
