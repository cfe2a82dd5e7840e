package dev.ordo.risktreatment.web;

import java.util.UUID;

import dev.ordo.risktreatment.TreatmentStatus;
import dev.ordo.risktreatment.TreatmentStatus.PlanCounts;

/**
 * A risk's treatment status as its cell in the risk register shows it (ISO/IEC 27001:2022 6.1.3, TS 27022 7.5): the
 * option, the plan's progress and the latest acceptance of the residual risk, in the words of the risk page's
 * {@link TreatmentSummary}. The register (risk assessment) renders the cell with the element id {@code id} and a link
 * to the treatment; this module's answer replaces it.
 *
 * @param id the register cell's element id, {@code treatment-<risk id>}
 * @param riskId the risk, for the link to its treatment
 * @param option the option, or <i>not chosen yet</i>
 * @param plan how many actions are done out of the open and done ones and how many are overdue; {@code null} for a
 *        risk neither treated nor planned
 * @param overdue whether an action is overdue
 * @param acceptance the latest acceptance in short (<i>accepted until 2027-12-01</i>); {@code null} for a risk neither
 *        treated nor offered for acceptance
 */
public record TreatmentStatusCell(String id, UUID riskId, String option, String plan, boolean overdue,
		String acceptance) {

	static TreatmentStatusCell of(TreatmentStatus s) {
		PlanCounts p = s.plan();
		boolean treated = s.option() != null;
		boolean planned = p.open() + p.done() + p.cancelled() > 0;
		// An untreated risk says only that: "no actions, not requested" next to every such risk would be noise.
		return new TreatmentStatusCell("treatment-" + s.riskId(), s.riskId(), TreatmentSummary.option(s.option()),
				treated || planned ? TreatmentSummary.plan(p.done(), p.open(), p.overdue()) : null, p.overdue() > 0,
				treated || s.acceptanceStatus() != null ? acceptance(s) : null);
	}

	private static String acceptance(TreatmentStatus s) {
		if (s.acceptanceStatus() == null) {
			return "acceptance not requested";
		}
		String until = s.acceptanceExpiresAt() == null ? "" : " " + TreatmentSummary.DAY.format(s.acceptanceExpiresAt());
		return switch (s.acceptanceStatus()) {
			case REQUESTED -> "acceptance requested";
			case ACCEPTED -> until.isEmpty() ? "accepted" : "accepted until" + until;
			case REJECTED -> "acceptance rejected";
			case EXPIRED -> "acceptance expired" + until;
			case WITHDRAWN -> "acceptance withdrawn";
		};
	}
}
