package dev.ordo.processes.bpmn;

import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import dev.ordo.processes.application.TailoringService;
import dev.ordo.shared.TenantContext;

/**
 * Called from the service tasks of {@code processes/tailoring-approval.bpmn20.xml}: records the decision on the
 * change the run is about. The run's tenant id decides the organization, so the delegate works the same whether the
 * task was completed by a person or by the engine.
 */
@Component("tailoringApproval")
class TailoringApprovalDelegate {

	private final TailoringService tailoring;

	TailoringApprovalDelegate(TailoringService tailoring) {
		this.tailoring = tailoring;
	}

	public void apply(DelegateExecution execution) {
		TenantContext.runAs(UUID.fromString(execution.getTenantId()),
				() -> tailoring.applyApproved(changeId(execution), decidedBy(execution), comment(execution)));
	}

	public void reject(DelegateExecution execution) {
		TenantContext.runAs(UUID.fromString(execution.getTenantId()),
				() -> tailoring.recordRejected(changeId(execution), decidedBy(execution), comment(execution)));
	}

	private static UUID changeId(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessInstanceBusinessKey());
	}

	private static UUID decidedBy(DelegateExecution execution) {
		Object by = execution.getVariable("completedBy");
		return by == null ? null : UUID.fromString(by.toString());
	}

	private static String comment(DelegateExecution execution) {
		Object comment = execution.getVariable("comment");
		return comment == null ? null : comment.toString();
	}
}
