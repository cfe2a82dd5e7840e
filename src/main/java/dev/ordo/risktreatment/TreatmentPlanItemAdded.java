package dev.ordo.risktreatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An action was added to a risk's treatment plan (ISO/IEC 27001:2022 6.1.3 e), with what it was planned as. */
public record TreatmentPlanItemAdded(UUID organizationId, UUID riskId, String riskTitle, UUID planItemId,
		String title, UUID ownerId, LocalDate dueDate, BigDecimal cost, String effort, PlanItemStatus status,
		UUID actorId) implements TreatmentPlanItemEvent {

	@Override
	public String summary() {
		return "Plan item \"" + title + "\" added to the treatment plan of risk \"" + riskTitle + "\"";
	}
}
