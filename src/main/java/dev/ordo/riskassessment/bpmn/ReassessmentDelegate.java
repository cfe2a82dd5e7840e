package dev.ordo.riskassessment.bpmn;

import java.time.Clock;
import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.ordo.riskassessment.application.PeriodicReassessment;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.shared.TenantContext;

/**
 * Called from {@code riskassessment/periodic-reassessment.bpmn20.xml} (ISO/IEC 27001 8.2). The timer start event
 * reads its cycle from {@link #getCycle()}; the sweep runs without anyone signed in and works through every
 * organization in its own scope; the confirmation runs in the owner's request, in the run's organization.
 */
@Component("reassessments")
class ReassessmentDelegate {

	private final PeriodicReassessment periodic;

	private final RiskService risks;

	private final Clock clock;

	private final String cycle;

	ReassessmentDelegate(PeriodicReassessment periodic, RiskService risks, Clock clock,
			@Value("${ordo.risk-assessment.reassessment-cycle:R/P1D}") String cycle) {
		this.periodic = periodic;
		this.risks = risks;
		this.clock = clock;
		this.cycle = cycle;
	}

	/** How often the sweep runs (ISO 8601 repeating interval or cron), from configuration. */
	public String getCycle() {
		return cycle;
	}

	public void sweep(DelegateExecution execution) {
		execution.setVariable("marked", periodic.run(clock.instant()));
	}

	/** The owner completed the task: the current rating stands, with the owner's reason. */
	public void confirm(DelegateExecution execution) {
		UUID riskId = UUID.fromString(execution.getProcessInstanceBusinessKey());
		Object by = execution.getVariable("completedBy");
		Object comment = execution.getVariable("comment");
		TenantContext.runAs(UUID.fromString(execution.getTenantId()), () -> risks.confirmCurrentRating(riskId,
				by == null ? null : UUID.fromString(by.toString()), String.valueOf(comment), execution.getProcessInstanceId()));
	}
}
