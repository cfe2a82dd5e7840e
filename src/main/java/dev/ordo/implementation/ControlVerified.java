package dev.ordo.implementation;

import java.time.LocalDate;
import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** A verification of an applied control was recorded. */
public record ControlVerified(UUID organizationId, UUID appliedControlId, String catalogId, String controlId,
		LocalDate verifiedOn, VerificationResult result, ImplementationStatus status, UUID actorId)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "applied-control";
	}

	@Override
	public String subjectId() {
		return appliedControlId.toString();
	}

	@Override
	public String summary() {
		return "Control " + controlId + " (" + catalogId + ") verified on " + verifiedOn + ": "
				+ (result == VerificationResult.EFFECTIVE ? "effective" : "not effective");
	}
}
