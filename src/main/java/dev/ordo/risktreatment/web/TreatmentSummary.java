package dev.ordo.risktreatment.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.ordo.risktreatment.AcceptanceView;
import dev.ordo.risktreatment.PlanItemStatus;
import dev.ordo.risktreatment.PlanItemView;
import dev.ordo.risktreatment.TreatmentOption;
import dev.ordo.risktreatment.TreatmentView;

/**
 * A risk's treatment in four lines, for the risk page of risk assessment (ISO/IEC 27001:2022 6.1.3, TS 27022 7.5):
 * the option chosen, the controls selected, how far the plan is, and whether the owner accepted the residual risk.
 * The risk page asks for it (htmx) rather than reading it, since risk assessment comes before risk treatment and does
 * not depend on it.
 *
 * @param treated whether an option was chosen
 * @param option the option, or "not chosen yet"
 * @param controls the selected controls' labels and titles, or "none selected"
 * @param plan how many actions are done out of the open and done ones, and how many are overdue
 * @param overdue whether an action is overdue
 * @param acceptance the latest acceptance of the residual risk in words
 */
public record TreatmentSummary(boolean treated, String option, String controls, String plan, boolean overdue,
		String acceptance) {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	static TreatmentSummary of(TreatmentView t) {
		String controls = t.controls().isEmpty() ? "none selected"
				: t.controls().stream().map(c -> c.label() + " " + c.title()).collect(Collectors.joining(", "));
		return new TreatmentSummary(t.option() != null, option(t.option()), controls, plan(t.planItems()),
				t.planItems().stream().anyMatch(PlanItemView::overdue), acceptance(t.acceptance()));
	}

	/** The option in words, as the risk page and the register say it. */
	static String option(TreatmentOption option) {
		return option == null ? "not chosen yet" : option.name().toLowerCase(Locale.ROOT);
	}

	private static String plan(List<PlanItemView> items) {
		// Cancelled actions are no longer part of the plan: "2 of 3 done" counts the rest.
		return plan(items.stream().filter(i -> i.status() == PlanItemStatus.DONE).count(),
				items.stream().filter(i -> i.status().isOpen()).count(),
				items.stream().filter(PlanItemView::overdue).count());
	}

	/**
	 * The plan's progress in words, such as <i>1 of 3 actions done, 1 overdue</i> or <i>no actions</i>, as the risk
	 * page and the register say it; cancelled actions are not counted.
	 */
	static String plan(long done, long open, long overdue) {
		long counted = done + open;
		if (counted == 0) {
			return "no actions";
		}
		return done + " of " + counted + (counted == 1 ? " action" : " actions") + " done"
				+ (overdue > 0 ? ", " + overdue + " overdue" : "");
	}

	private static String acceptance(AcceptanceView a) {
		if (a == null) {
			return "not requested";
		}
		String by = a.decidedBy() != null ? " by " + a.decidedBy().displayName() : "";
		return switch (a.status()) {
			case REQUESTED -> "requested " + DAY.format(a.requestedAt()) + ", waiting for the risk owner";
			case ACCEPTED -> "accepted" + by + " " + DAY.format(a.decidedAt())
					+ (a.expiresAt() != null ? ", until " + DAY.format(a.expiresAt()) : "");
			case REJECTED -> "rejected" + by + " " + DAY.format(a.decidedAt());
			case EXPIRED -> a.expiresAt() != null ? "expired " + DAY.format(a.expiresAt()) : "expired";
			case WITHDRAWN -> "withdrawn: "
					+ (a.withdrawalReason() != null ? a.withdrawalReason() : "what it was about changed");
		};
	}
}
