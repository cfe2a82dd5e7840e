package dev.ordo.risktreatment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** A version of the Statement of Applicability was frozen and submitted to top management for approval. */
public record StatementOfApplicabilitySubmitted(UUID organizationId, UUID versionId, String catalogId, int number,
		String approvalInstanceId, UUID actorId) implements AuditableEvent {

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
		return "Statement of Applicability version " + number + " submitted for approval";
	}
}
