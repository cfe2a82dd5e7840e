package dev.ordo.risktreatment;

import java.util.List;
import java.util.UUID;
import java.time.Instant;

import dev.ordo.shared.AuditableEvent;

/** The risk owner accepted a risk's residual risk (ISO/IEC 27001 6.1.3 f), valid until expiresAt. */
public record RiskAccepted(UUID organizationId, UUID riskId, String riskTitle, UUID acceptanceId, String comment, Instant expiresAt, String workflowInstanceId, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "risk-acceptance";
	}

	@Override
	public String subjectId() {
		return acceptanceId.toString();
	}

	@Override
	public String summary() {
		return "Residual risk of \"" + riskTitle + "\" accepted until " + expiresAt;
	}
}
