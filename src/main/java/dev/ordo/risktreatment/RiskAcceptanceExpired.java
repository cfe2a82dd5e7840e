package dev.ordo.risktreatment;

import java.util.List;
import java.util.UUID;
import java.time.Instant;

import dev.ordo.shared.AuditableEvent;

/** An acceptance ran out; the approval run asks the risk owner again. */
public record RiskAcceptanceExpired(UUID organizationId, UUID riskId, String riskTitle, UUID acceptanceId, String workflowInstanceId, UUID actorId) implements AuditableEvent {

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
		return "Acceptance of the residual risk of \"" + riskTitle + "\" expired; requested again";
	}
}
