package dev.ordo.risktreatment.bpmn;

import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import dev.ordo.risktreatment.application.SoaService;
import dev.ordo.shared.TenantContext;

/**
 * Called from the service tasks of {@code risktreatment/soa-approval.bpmn20.xml}: records top management's decision
 * on the version the run is about (its business key). The run's id is kept with the version as its lineage.
 */
@Component("soaApproval")
class SoaApprovalDelegate {

	private final SoaService soa;

	SoaApprovalDelegate(SoaService soa) {
		this.soa = soa;
	}

	public void approve(DelegateExecution execution) {
		TenantContext.runAs(UUID.fromString(execution.getTenantId()), () -> soa.recordApproved(versionId(execution),
				DecisionVariables.decidedBy(execution), DecisionVariables.comment(execution), execution.getProcessInstanceId()));
	}

	public void reject(DelegateExecution execution) {
		TenantContext.runAs(UUID.fromString(execution.getTenantId()), () -> soa.recordRejected(versionId(execution),
				DecisionVariables.decidedBy(execution), DecisionVariables.comment(execution), execution.getProcessInstanceId()));
	}

	private static UUID versionId(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessInstanceBusinessKey());
	}
}
