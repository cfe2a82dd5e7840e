package dev.ordo.risktreatment.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.riskassessment.RiskView;
import dev.ordo.risktreatment.RiskAcceptanceWithdrawn;
import dev.ordo.risktreatment.domain.RiskAcceptance;
import dev.ordo.risktreatment.domain.RiskAcceptanceRepository;
import dev.ordo.risktreatment.domain.RiskTreatment;
import dev.ordo.risktreatment.domain.RiskTreatmentRepository;
import dev.ordo.shared.CurrentActor;
import dev.ordo.workflow.Workflows;

/**
 * Withdraws a risk's open request for acceptance, or its acceptance, when what the owner was asked to accept changed
 * (ISO/IEC 27001:2022 6.1.3 f). Otherwise the acceptance of the earlier plan would stand for a year, and its run,
 * waiting on the expiry timer, would refuse a new request until then.
 */
@Component
class AcceptanceWithdrawal {

	private final RiskAcceptanceRepository acceptances;

	private final RiskTreatmentRepository treatments;

	private final Workflows workflows;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TreatmentStateReport stateReport;

	AcceptanceWithdrawal(RiskAcceptanceRepository acceptances, RiskTreatmentRepository treatments,
			Workflows workflows, ApplicationEventPublisher events, Clock clock, TreatmentStateReport stateReport) {
		this.stateReport = stateReport;
		this.acceptances = acceptances;
		this.treatments = treatments;
		this.workflows = workflows;
		this.events = events;
		this.clock = clock;
	}

	/** The latest acceptance of the risk while it is waiting for the owner or holds. */
	Optional<RiskAcceptance> open(UUID riskId) {
		return acceptances.findFirstByRiskIdOrderByRequestedAtDesc(riskId).filter(RiskAcceptance::isOpen);
	}

	/**
	 * Marks the open acceptance {@code WITHDRAWN}, ends its run, withdraws the plan's approval, reports the risk's
	 * treatment state (planned again, or untreated) and publishes {@link RiskAcceptanceWithdrawn}; nothing when none
	 * is open.
	 *
	 * @param by who made the change, {@code null} for the system
	 * @return whether one was withdrawn
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean withdraw(RiskView risk, String reason, UUID by) {
		Optional<RiskAcceptance> found = open(risk.id());
		if (found.isEmpty()) {
			return false;
		}
		RiskAcceptance acceptance = found.get();
		var previous = acceptance.getStatus();
		acceptance.withdraw(by, reason, clock.instant());
		if (acceptance.getWorkflowInstanceId() != null) {
			workflows.cancel(acceptance.getWorkflowInstanceId(), reason);
		}
		treatments.findByRiskId(risk.id()).ifPresent(RiskTreatment::withdrawApproval);
		stateReport.report(risk.id());
		events.publishEvent(new RiskAcceptanceWithdrawn(CurrentActor.organizationId(), risk.id(), risk.title(),
				acceptance.getId(), previous, reason, acceptance.getWorkflowInstanceId(), by));
		return true;
	}
}
