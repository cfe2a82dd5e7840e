package dev.ordo.risktreatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One action of a risk's treatment plan. {@code overdue}: its due date has passed and it is neither done nor
 * cancelled (ISO/IEC 27001:2022 8.3, the plan is to be implemented as planned). {@code version} counts its changes:
 * a change or removal made on an older version is refused (API {@code ETag} and {@code If-Match}).
 */
public record PlanItemView(UUID id, UUID riskId, String riskTitle, String title, MemberRef owner, LocalDate dueDate,
		BigDecimal cost, String effort, PlanItemStatus status, boolean overdue, long version) {

	/** Whether an item due on {@code dueDate} in {@code status} is overdue on {@code today}. */
	public static boolean isOverdue(LocalDate dueDate, PlanItemStatus status, LocalDate today) {
		return dueDate != null && dueDate.isBefore(today) && status.isOpen();
	}
}
