package dev.ordo.risktreatment;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a risk's treatment stands, in short, for lists of many risks such as the risk register (ISO/IEC 27001:2022
 * 6.1.3, TS 27022 7.5): the option chosen, the plan counted by state, and the latest acceptance of the residual risk.
 * Read for a page of risks at once, in a fixed number of statements; the whole treatment is {@link TreatmentView}.
 *
 * @param riskId the risk
 * @param option the option chosen, {@code null} while none was
 * @param plan the treatment plan's actions counted by state
 * @param acceptanceStatus the state of the latest acceptance of the residual risk, {@code null} while none was
 *        requested
 * @param acceptanceExpiresAt until when the latest acceptance holds (or held, once {@code EXPIRED}), {@code null}
 *        while it was not accepted
 */
public record TreatmentStatus(UUID riskId, TreatmentOption option, PlanCounts plan, AcceptanceStatus acceptanceStatus,
		Instant acceptanceExpiresAt) {

	/**
	 * A plan's actions by state. {@code open} counts the planned and in-progress ones, {@code overdue} those of them
	 * whose due date has passed (so {@code overdue} is part of {@code open}); cancelled actions are no longer part of
	 * the plan, and are counted apart.
	 */
	public record PlanCounts(long open, long done, long overdue, long cancelled) {

		public static final PlanCounts NONE = new PlanCounts(0, 0, 0, 0);
	}
}
