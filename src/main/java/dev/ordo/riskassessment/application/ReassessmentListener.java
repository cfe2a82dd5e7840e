package dev.ordo.riskassessment.application;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.ordo.platform.persistence.OrganizationScope;
import dev.ordo.riskassessment.ReassessmentRequested;

/**
 * Takes reassessment requests from change, incident and requirements management (through the transactional outbox,
 * after the requesting transaction committed) and marks the affected risks in the requesting organization.
 */
@Component
class ReassessmentListener {

	private final RiskService risks;

	private final OrganizationScope scope;

	ReassessmentListener(RiskService risks, OrganizationScope scope) {
		this.risks = risks;
		this.scope = scope;
	}

	@ApplicationModuleListener
	void on(ReassessmentRequested request) {
		scope.in(request.organizationId(), () -> risks.markReassessmentDue(request));
	}
}
