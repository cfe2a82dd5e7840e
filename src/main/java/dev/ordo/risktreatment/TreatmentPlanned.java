package dev.ordo.risktreatment;

import java.util.List;
import java.util.UUID;
import java.time.Instant;

import dev.ordo.shared.AuditableEvent;

/** A risk's treatment option and rationale were set or changed (ISO/IEC 27001 6.1.3 a). */
public record TreatmentPlanned(UUID organizationId, UUID riskId, String riskTitle, TreatmentOption option, String rationale, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "risk-treatment";
	}

	@Override
	public String subjectId() {
		return riskId.toString();
	}

	@Override
	public String summary() {
		return "Treatment of risk \"" + riskTitle + "\" set to " + option.name().toLowerCase();
	}
}
