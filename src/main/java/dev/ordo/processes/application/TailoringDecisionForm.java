package dev.ordo.processes.application;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.workflow.TaskForm;

/**
 * Rules of the tailoring decision: approve or reject, a comment when rejecting, and never by the person who
 * proposed the change (four-eyes principle, ISO/IEC 27001 A.5.3 segregation of duties).
 */
@Component
class TailoringDecisionForm implements TaskForm {

	@Override
	public String formKey() {
		return TailoringService.DECISION_FORM;
	}

	@Override
	public String link(String businessKey) {
		return "/processes/tailoring-changes/" + businessKey;
	}

	@Override
	public Map<String, Object> validate(Map<String, Object> formData, Map<String, Object> processVariables) {
		Object approved = formData.get("approved");
		if (approved instanceof String text && ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text))) {
			approved = Boolean.valueOf(text);
		}
		Object comment = formData.get("comment");
		String commentText = comment == null ? "" : comment.toString().trim();
		new InvalidInput.Collector()
			.rejectIf(!(approved instanceof Boolean), "approved", "must be true (approve) or false (reject)")
			.rejectIf(Boolean.FALSE.equals(approved) && commentText.isEmpty(), "comment",
					"is required when rejecting")
			.rejectIf(commentText.length() > 2000, "comment", "must have at most 2000 characters")
			.throwIfAny();
		String me = CurrentActor.require().userId().toString();
		if (me.equals(processVariables.get("proposedBy"))) {
			throw new AccessDenied("The person who proposed a change cannot approve or reject it");
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("approved", approved);
		variables.put("comment", commentText.isEmpty() ? null : commentText);
		return variables;
	}
}
