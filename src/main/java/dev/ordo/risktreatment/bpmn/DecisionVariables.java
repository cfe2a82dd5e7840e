package dev.ordo.risktreatment.bpmn;

import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;

/** What a completed decision task left in its run: who completed it and their comment (see workflow's TaskDecision). */
final class DecisionVariables {

	private DecisionVariables() {
	}

	static UUID decidedBy(DelegateExecution execution) {
		Object by = execution.getVariable("completedBy");
		return by == null ? null : UUID.fromString(by.toString());
	}

	static String comment(DelegateExecution execution) {
		Object comment = execution.getVariable("comment");
		return comment == null ? null : comment.toString();
	}
}
