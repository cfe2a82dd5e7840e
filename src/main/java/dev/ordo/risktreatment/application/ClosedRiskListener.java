package dev.ordo.risktreatment.application;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.ordo.platform.persistence.OrganizationScope;
import dev.ordo.riskassessment.RiskAssessment;
import dev.ordo.riskassessment.RiskClosed;

/**
 * A closed (retired) risk has no residual risk left for its owner to accept (ISO/IEC 27001:2022 6.1.3 f, 8.2): its
 * pending or holding acceptance is withdrawn like after a change of treatment. Through the event publication
 * registry, after the closure committed, in the closing organization.
 */
@Component
class ClosedRiskListener {

	private final AcceptanceWithdrawal withdrawal;

	private final RiskAssessment riskAssessment;

	private final OrganizationScope scope;

	ClosedRiskListener(AcceptanceWithdrawal withdrawal, RiskAssessment riskAssessment, OrganizationScope scope) {
		this.withdrawal = withdrawal;
		this.riskAssessment = riskAssessment;
		this.scope = scope;
	}

	@ApplicationModuleListener
	void on(RiskClosed closed) {
		scope.in(closed.organizationId(), () -> withdrawal.withdraw(riskAssessment.risk(closed.riskId()),
				"the risk was closed: " + closed.reason(), closed.actorId()));
	}
}
