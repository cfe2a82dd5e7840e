package dev.ordo.risktreatment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/**
 * Top management approved a version of the Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d, 7.5.2); it is
 * now the current one. {@code approvalInstanceId} is the run that produced it.
 */
public record StatementOfApplicabilityApproved(UUID organizationId, UUID versionId, String catalogId, int number,
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
		return "Statement of Applicability version " + number + " approved";
	}
}
