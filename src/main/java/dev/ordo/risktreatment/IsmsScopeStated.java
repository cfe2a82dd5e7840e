package dev.ordo.risktreatment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/**
 * The ISMS manager stated (or restated) the scope of the ISMS (ISO/IEC 27001:2022 4.3) that the Statement of
 * Applicability applies to. The audit trail keeps each statement; versions already submitted keep theirs.
 */
public record IsmsScopeStated(UUID organizationId, String statement, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "isms-scope";
	}

	@Override
	public String subjectId() {
		return organizationId.toString();
	}

	@Override
	public String summary() {
		return "Scope of the ISMS stated for the Statement of Applicability: "
				+ (statement.length() > 200 ? statement.substring(0, 200) + "…" : statement);
	}
}
