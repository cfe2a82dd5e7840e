package dev.ordo.risktreatment;

import java.util.UUID;

/**
 * An action was removed from a risk's treatment plan before the risk owner approved the plan, with the reason given
 * (ISO/IEC 27001:2022 7.5.3: the plan's record keeps who removed what and why). Items of an approved plan are not
 * removed but cancelled.
 */
public record TreatmentPlanItemRemoved(UUID organizationId, UUID riskId, String riskTitle, UUID planItemId,
		String title, PlanItemStatus status, String reason, UUID actorId) implements TreatmentPlanItemEvent {

	@Override
	public String summary() {
		return "Plan item \"" + title + "\" removed from the treatment plan of risk \"" + riskTitle + "\": " + reason;
	}
}
