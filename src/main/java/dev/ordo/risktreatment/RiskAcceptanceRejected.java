package dev.ordo.risktreatment;

import java.util.List;
import java.util.UUID;
import java.time.Instant;

import dev.ordo.shared.AuditableEvent;

/** The risk owner rejected the acceptance of a risk's residual risk, with a comment. */
public record RiskAcceptanceRejected(UUID organizationId, UUID riskId, String riskTitle, UUID acceptanceId, String comment, String workflowInstanceId, UUID actorId) implements AuditableEvent {

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
		return "Residual risk of \"" + riskTitle + "\" not accepted: " + comment;
	}
}
