package dev.ordo.risktreatment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** Someone decided explicitly whether a control is applicable (ISO/IEC 27001:2022 6.1.3 d). */
public record ApplicabilityDecided(UUID organizationId, String catalogId, String controlId, boolean applicable,
		String justification, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "soa-control";
	}

	@Override
	public String subjectId() {
		return catalogId + "|" + controlId;
	}

	@Override
	public String summary() {
		return "Control " + controlId + " declared " + (applicable ? "applicable" : "not applicable")
				+ " in the Statement of Applicability";
	}
}
