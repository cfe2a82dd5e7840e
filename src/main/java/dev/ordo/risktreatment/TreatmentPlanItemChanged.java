package dev.ordo.risktreatment;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An action of a risk's treatment plan was changed (ISO/IEC 27001:2022 8.3: progress of the plan's implementation),
 * with each changed field's value before and after; saving an item unchanged publishes nothing.
 *
 * @param changes {@code field} is {@code title}, {@code ownerId}, {@code dueDate}, {@code cost}, {@code effort} or
 * {@code status}; {@code from} and {@code to} are the values as text, {@code null} for none
 */
public record TreatmentPlanItemChanged(UUID organizationId, UUID riskId, String riskTitle, UUID planItemId,
		String title, List<Change> changes, UUID actorId) implements TreatmentPlanItemEvent {

	/** One changed field of the item. */
	public record Change(String field, String from, String to) {
	}

	@Override
	public String summary() {
		return "Plan item \"" + title + "\" of risk \"" + riskTitle + "\" changed: " + changes.stream()
			.map(c -> c.field() + " " + (c.from() == null ? "none" : c.from()) + " → "
					+ (c.to() == null ? "none" : c.to()))
			.collect(Collectors.joining(", "));
	}
}
