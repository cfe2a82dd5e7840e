package dev.ordo.risktreatment.bpmn;

import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import dev.ordo.risktreatment.application.AcceptanceService;
import dev.ordo.platform.persistence.OrganizationScope;
import dev.ordo.shared.TenantContext;

/**
 * Called from the service tasks of {@code risktreatment/risk-acceptance.bpmn20.xml}. The business key is the risk;
 * the run's tenant id decides the organization, so the timer works without anyone signed in.
 */
@Component("riskAcceptance")
class RiskAcceptanceDelegate {

	private final AcceptanceService acceptances;

	private final OrganizationScope scope;

	RiskAcceptanceDelegate(AcceptanceService acceptances, OrganizationScope scope) {
		this.acceptances = acceptances;
		this.scope = scope;
	}

	public void accept(DelegateExecution execution) {
		TenantContext.runAs(UUID.fromString(execution.getTenantId()), () -> acceptances
			.recordAccepted(riskId(execution), DecisionVariables.decidedBy(execution), DecisionVariables.comment(execution), instance(execution)));
	}

	public void reject(DelegateExecution execution) {
		TenantContext.runAs(UUID.fromString(execution.getTenantId()), () -> acceptances
			.recordRejected(riskId(execution), DecisionVariables.decidedBy(execution), DecisionVariables.comment(execution), instance(execution)));
	}

	/**
	 * The acceptance ran out: record it and ask the (current) owner again. The timer runs without anyone signed in,
	 * so the work runs in the organization's own scope (Hibernate binds a session to its organization when it opens).
	 */
	public void expire(DelegateExecution execution) {
		UUID owner = scope.in(UUID.fromString(execution.getTenantId()),
				() -> acceptances.recordExpired(riskId(execution), instance(execution)));
		execution.setVariable("ownerId", owner == null ? null : owner.toString());
		// The renewed request is the system's, like the acceptance it records: nobody is its requester.
		execution.setVariable("requestedBy", null);
		execution.setVariable("comment", null);
		execution.setVariable("accepted", null);
	}

	private static UUID riskId(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessInstanceBusinessKey());
	}

	private static String instance(DelegateExecution execution) {
		return execution.getProcessInstanceId();
	}
}
