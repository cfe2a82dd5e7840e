package dev.ordo.riskassessment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** Risks were marked "reassessment due" because of a change, an incident or a new requirement. */
public record RisksMarkedForReassessment(UUID organizationId, String source, String reference, String reason,
		int risks, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "risk-register";
	}

	@Override
	public String subjectId() {
		return source + ":" + reference;
	}

	@Override
	public String summary() {
		return risks + " risk(s) due for reassessment after " + source + " " + reference + ": " + reason;
	}
}
