package dev.ordo.riskassessment.application;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import dev.ordo.identity.Identity;
import dev.ordo.identity.Role;
import dev.ordo.platform.persistence.OrganizationScope;
import dev.ordo.riskassessment.RisksMarkedForReassessment;
import dev.ordo.riskassessment.domain.Risk;
import dev.ordo.riskassessment.domain.RiskRepository;
import dev.ordo.workflow.Workflows;

/**
 * Periodic risk reassessment (ISO/IEC 27001 8.2: risk assessments are performed at planned intervals; TS 27022 7.4).
 * The BPMN timer {@code riskassessment/periodic-reassessment} calls {@link #run(Instant)} every cycle; each
 * organization's risks whose last assessment is older than that organization's interval (its risk criteria, else the
 * configured default; see {@link RiskCriteriaService#reassessmentInterval()}) are marked due, and each gets a
 * {@code riskReassessment} run with a task for the risk owner, which a new current rating or the owner's
 * confirmation ends. Risks marked by a change, incident or requirement (ISO/IEC 27001 8.2, "when significant changes
 * are proposed or occur") get the same task when the trigger names a manageable number of them.
 */
@Service
public class PeriodicReassessment {

	/** The BPMN process of one risk's reassessment task. */
	public static final String TASK_PROCESS = "riskReassessment";

	/** Form key of the owner's task; see {@code ReassessmentTaskForm}. */
	public static final String TASK_FORM = "riskassessment/reassessment";

	private final Identity identity;

	private final OrganizationScope scope;

	private final RiskService risks;

	private final RiskRepository repository;

	private final Workflows workflows;

	private final RiskCriteriaService criteria;

	private final int triggeredTaskLimit;

	PeriodicReassessment(Identity identity, OrganizationScope scope, RiskService risks, RiskRepository repository,
			Workflows workflows, RiskCriteriaService criteria,
			@Value("${ordo.risk-assessment.triggered-task-limit:50}") int triggeredTaskLimit) {
		this.identity = identity;
		this.scope = scope;
		this.risks = risks;
		this.repository = repository;
		this.workflows = workflows;
		this.criteria = criteria;
		this.triggeredTaskLimit = triggeredTaskLimit;
	}

	/**
	 * Marks the due risks of every organization, each in its own scope and transaction (one organization's failure
	 * does not hold back the others' marks).
	 *
	 * @return how many risks were marked
	 */
	public int run(Instant now) {
		int marked = 0;
		for (UUID organizationId : identity.organizationIds()) {
			marked += scope.in(organizationId, () -> risks.markPeriodicallyDue(now, criteria.reassessmentInterval()))
				.size();
		}
		return marked;
	}

	/**
	 * After the marks committed (through the event publication registry): a task for each marked risk's owner,
	 * unless one is open already. A change, incident or requirement that marks more than
	 * {@code ordo.risk-assessment.triggered-task-limit} risks (an incident naming no asset marks every risk) starts no
	 * tasks: a task per risk would bury the owners' inboxes, and the register's "reassessment due" filter is the
	 * work list for those. Periodic marks always start tasks: they come due a few at a time.
	 */
	@ApplicationModuleListener
	void on(RisksMarkedForReassessment marked) {
		if (!RisksMarkedForReassessment.PERIODIC.equals(marked.source())
				&& marked.riskIds().size() > triggeredTaskLimit) {
			return;
		}
		scope.in(marked.organizationId(), () -> {
			for (Risk risk : repository.findAllById(marked.riskIds())) {
				if (risk.isReassessmentDue() && workflows.openTasks(risk.getId().toString()).stream()
					.noneMatch(t -> TASK_FORM.equals(t.formKey()))) {
					workflows.start(TASK_PROCESS, risk.getId().toString(), Map.of("riskId", risk.getId().toString(), "riskTitle", risk.getTitle(),
							"ownerId", String.valueOf(risk.getOwnerId()), "fallbackGroup", Role.ISMS_MANAGER.name(),
							"reason", String.valueOf(risk.getReassessmentReason())));
				}
			}
		});
	}
}
