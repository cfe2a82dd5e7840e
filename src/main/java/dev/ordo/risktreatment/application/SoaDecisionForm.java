package dev.ordo.risktreatment.application;

import java.util.Map;

import org.springframework.stereotype.Component;

import dev.ordo.workflow.TaskDecision;
import dev.ordo.workflow.TaskForm;

/**
 * Rules of top management's decision on a Statement of Applicability version: approve or reject, a comment when
 * rejecting, and never by the person who submitted it (four eyes, ISO/IEC 27001:2022 A.5.3 segregation of duties).
 */
@Component
class SoaDecisionForm implements TaskForm {

	@Override
	public String formKey() {
		return SoaService.DECISION_FORM;
	}

	@Override
	public String link(String businessKey) {
		return "/soa/versions/" + businessKey;
	}

	@Override
	public Map<String, Object> validate(Map<String, Object> formData, Map<String, Object> processVariables) {
		return TaskDecision.approval(formData, processVariables, "submittedBy",
				"The person who submitted a Statement of Applicability cannot approve or reject it");
	}
}
