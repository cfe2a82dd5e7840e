package dev.ordo.risktreatment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/**
 * A request for acceptance of a risk's residual risk, or an acceptance, was withdrawn because what the risk owner was
 * asked to accept changed (ISO/IEC 27001:2022 6.1.3 f: the owner accepts the residual risk of the plan as it is). Its
 * approval run was ended; a new acceptance may be requested.
 *
 * @param actorId who made the change, {@code null} when the system did
 */
public record RiskAcceptanceWithdrawn(UUID organizationId, UUID riskId, String riskTitle, UUID acceptanceId,
		AcceptanceStatus previousStatus, String reason, String workflowInstanceId, UUID actorId)
		implements AuditableEvent {

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
		return (previousStatus == AcceptanceStatus.ACCEPTED ? "Acceptance" : "Request for acceptance")
				+ " of the residual risk of \"" + riskTitle + "\" withdrawn: " + reason;
	}
}
