package dev.ordo.risktreatment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** Top management rejected a version of the Statement of Applicability, with a comment. */
public record StatementOfApplicabilityRejected(UUID organizationId, UUID versionId, String catalogId, int number,
		String comment, String approvalInstanceId, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "soa-version";
	}

	@Override
	public String subjectId() {
		return versionId.toString();
	}

	@Override
	public String summary() {
		return "Statement of Applicability version " + number + " rejected: " + comment;
	}
}
