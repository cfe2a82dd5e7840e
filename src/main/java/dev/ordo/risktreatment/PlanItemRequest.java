package dev.ordo.risktreatment;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One action of a treatment plan; {@code dueDate} as {@code YYYY-MM-DD} (read as text, so a malformed date gets a
 * field error), {@code status} defaults to planned.
 */
public record PlanItemRequest(String title, UUID ownerId, String dueDate, BigDecimal cost, String effort,
		PlanItemStatus status) {
}
