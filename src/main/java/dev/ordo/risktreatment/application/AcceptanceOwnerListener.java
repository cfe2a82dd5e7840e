package dev.ordo.risktreatment.application;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.ordo.identity.MembershipRevoked;
import dev.ordo.platform.persistence.OrganizationScope;
import dev.ordo.riskassessment.RiskChanged;

/**
 * Keeps the open acceptance decision with the risk owner (ISO/IEC 27001:2022 6.1.3 f: the risk owner accepts the
 * residual risk): when a risk changes (possibly its owner) and when a person leaves the organization. Through the
 * event publication registry, after the change committed, in the changing organization.
 */
@Component
class AcceptanceOwnerListener {

	private final AcceptanceService acceptances;

	private final OrganizationScope scope;

	AcceptanceOwnerListener(AcceptanceService acceptances, OrganizationScope scope) {
		this.acceptances = acceptances;
		this.scope = scope;
	}

	@ApplicationModuleListener
	void on(RiskChanged changed) {
		scope.in(changed.organizationId(), () -> acceptances.followOwner(changed.riskId()));
	}

	@ApplicationModuleListener
	void on(MembershipRevoked revoked) {
		scope.in(revoked.organizationId(), () -> acceptances.ownerLeft(revoked.userId()));
	}
}
