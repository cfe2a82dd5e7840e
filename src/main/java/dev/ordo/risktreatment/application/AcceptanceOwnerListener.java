package dev.ordo.risktreatment.application;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.ordo.identity.MembershipRevoked;
import dev.ordo.platform.persistence.OrganizationScope;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RiskChanged;
import dev.ordo.riskassessment.RiskRated;

/**
 * Keeps the acceptance of residual risk in step with the risk (ISO/IEC 27001:2022 6.1.3 f: the risk owner accepts the
 * residual risk): the open decision stays with the risk owner when a risk changes (possibly its owner) and when a
 * person leaves the organization; a new residual rating withdraws an acceptance of a different one. Through the
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

	/** A new residual rating may make the owner's acceptance one of a different risk. */
	@ApplicationModuleListener
	void on(RiskRated rated) {
		if (rated.kind() == RatingKind.RESIDUAL) {
			scope.in(rated.organizationId(), () -> acceptances.residualRated(rated.riskId(), rated.actorId()));
		}
	}

	@ApplicationModuleListener
	void on(MembershipRevoked revoked) {
		scope.in(revoked.organizationId(), () -> acceptances.ownerLeft(revoked.userId()));
	}
}
