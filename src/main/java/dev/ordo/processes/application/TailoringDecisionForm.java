package dev.ordo.processes.application;

import java.util.Map;

import org.springframework.stereotype.Component;

import dev.ordo.workflow.TaskDecision;
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
		return TaskDecision.approval(formData, processVariables, "proposedBy",
				"The person who proposed a change cannot approve or reject it");
	}
}
