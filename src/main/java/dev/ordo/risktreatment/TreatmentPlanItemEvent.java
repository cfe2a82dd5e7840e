package dev.ordo.risktreatment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/**
 * Something happened to one action of a risk's treatment plan (ISO/IEC 27001:2022 6.1.3 e, 8.3); the audit trail
 * keeps it under the item, so that an item's whole history reads as one, even after it was removed.
 */
public interface TreatmentPlanItemEvent extends AuditableEvent {

	UUID riskId();

	UUID planItemId();

	@Override
	default String subjectType() {
		return "treatment-plan-item";
	}

	@Override
	default String subjectId() {
		return planItemId().toString();
	}
}
