package dev.ordo.risktreatment;

import java.util.UUID;

/**
 * One action of a treatment plan; {@code dueDate} as {@code YYYY-MM-DD} and {@code cost} as a number or text such as
 * {@code 1,200.50} (both read as text, so a malformed value gets a field error: a point separates decimals, a comma
 * only thousands), {@code status} defaults to planned.
 */
public record PlanItemRequest(String title, UUID ownerId, String dueDate, String cost, String effort,
		PlanItemStatus status) {
}
