package dev.ordo.risktreatment.application;

import java.util.Map;

import org.springframework.stereotype.Component;

import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.CurrentActor;
import dev.ordo.workflow.TaskDecision;
import dev.ordo.workflow.TaskForm;

/**
 * Rules of the risk owner's decision: accept or reject, a comment when rejecting, and only by the risk owner (or, for
 * a risk without owner, by an ISMS manager, whom the engine offers the task to).
 */
@Component
class AcceptanceDecisionForm implements TaskForm {

	@Override
	public String formKey() {
		return AcceptanceService.DECISION_FORM;
	}

	@Override
	public String link(String businessKey) {
		return "/risks/" + businessKey;
	}

	@Override
	public Map<String, Object> validate(Map<String, Object> formData, Map<String, Object> processVariables) {
		TaskDecision decision = TaskDecision.read(formData, "accepted", "accept", "reject");
		Object owner = processVariables.get("ownerId");
		String me = CurrentActor.require().userId().toString();
		if (owner != null && !owner.toString().equals(me)) {
			throw new AccessDenied("Only the risk owner can accept or reject the residual risk");
		}
		return decision.variables("accepted");
	}
}
