package dev.ordo.riskassessment;

/**
 * How far the treatment of a risk has come, as risk treatment (TS 27022 7.5, ISO/IEC 27001:2022 6.1.3) reports it to
 * the register: the auditor's first questions of a register ("which risks above the acceptance threshold have no
 * treatment yet?", "which residual risks wait for their owner's acceptance?") are filters on it.
 *
 * <p>Risk assessment holds this state, although risk treatment decides it, because the register is risk assessment's
 * output list (6.1.2) and its filter, sort and paging run in one SQL statement on the {@code risk} table: risk
 * assessment does not read risk treatment (the processes run the other way), so risk treatment reports each change
 * through {@link RiskAssessment#treatmentStateChanged}. It is no assessment of the risk: recording it changes neither
 * the risk's version nor its rating history.
 */
public enum TreatmentState {
	/** No treatment option chosen and no acceptance asked for: the risk waits for its treatment. */
	UNTREATED,
	/**
	 * A treatment option is chosen (modify, retain, avoid or share), and no acceptance of the residual risk waits or
	 * holds: never requested, or rejected by the owner, or withdrawn because the treatment or the residual rating
	 * changed or the risk was closed.
	 */
	PLANNED,
	/**
	 * The risk owner is asked to accept the residual risk (ISO/IEC 27001:2022 6.1.3 f) and has not decided yet; also
	 * right after an acceptance expired, since the owner is then asked again in the same run.
	 */
	AWAITING_ACCEPTANCE,
	/** The risk owner accepted the residual risk, and the acceptance holds (has not expired or been withdrawn). */
	ACCEPTED
}
