package dev.ordo.risktreatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One action of a risk's treatment plan. */
public record PlanItemView(UUID id, UUID riskId, String riskTitle, String title, MemberRef owner, LocalDate dueDate,
		BigDecimal cost, String effort, PlanItemStatus status) {
}
