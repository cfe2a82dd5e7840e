package dev.ordo.risktreatment.application;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
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
		Object accepted = formData.get("accepted");
		if (accepted instanceof String text && ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text))) {
			accepted = Boolean.valueOf(text);
		}
		Object comment = formData.get("comment");
		String commentText = comment == null ? "" : comment.toString().trim();
		new InvalidInput.Collector()
			.rejectIf(!(accepted instanceof Boolean), "accepted", "must be true (accept) or false (reject)")
			.rejectIf(Boolean.FALSE.equals(accepted) && commentText.isEmpty(), "comment",
					"is required when rejecting")
			.rejectIf(commentText.length() > 2000, "comment", "must have at most 2000 characters")
			.throwIfAny();
		Object owner = processVariables.get("ownerId");
		String me = CurrentActor.require().userId().toString();
		if (owner != null && !owner.toString().equals(me)) {
			throw new AccessDenied("Only the risk owner can accept or reject the residual risk");
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("accepted", accepted);
		variables.put("comment", commentText.isEmpty() ? null : commentText);
		return variables;
	}
}
