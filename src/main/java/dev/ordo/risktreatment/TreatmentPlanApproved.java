package dev.ordo.risktreatment;

import java.util.List;
import java.util.UUID;
import java.time.Instant;

import dev.ordo.shared.AuditableEvent;

/** The risk owner approved a risk's treatment plan by accepting its residual risk (ISO/IEC 27001 6.1.3 f). */
public record TreatmentPlanApproved(UUID organizationId, UUID riskId, String riskTitle, TreatmentOption option, List<SelectedControl> controls, String workflowInstanceId, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "risk-treatment";
	}

	@Override
	public String subjectId() {
		return riskId.toString();
	}

	@Override
	public String summary() {
		return "Treatment plan of risk \"" + riskTitle + "\" approved by the risk owner";
	}
}
