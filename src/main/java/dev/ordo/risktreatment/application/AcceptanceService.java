package dev.ordo.risktreatment.application;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.identity.Role;
import dev.ordo.riskassessment.Rating;
import dev.ordo.riskassessment.RiskAssessment;
import dev.ordo.riskassessment.RiskView;
import dev.ordo.risktreatment.AcceptanceStatus;
import dev.ordo.risktreatment.AcceptanceView;
import dev.ordo.risktreatment.ChangesRequested;
import dev.ordo.risktreatment.RiskAccepted;
import dev.ordo.risktreatment.RiskAcceptanceExpired;
import dev.ordo.risktreatment.RiskAcceptanceRejected;
import dev.ordo.risktreatment.TreatmentPlanApproved;
import dev.ordo.risktreatment.domain.RiskAcceptance;
import dev.ordo.risktreatment.domain.RiskAcceptanceRepository;
import dev.ordo.risktreatment.domain.RiskTreatment;
import dev.ordo.risktreatment.domain.RiskTreatmentRepository;
import dev.ordo.risktreatment.domain.TreatmentPlanItemRepository;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;
import dev.ordo.workflow.WorkflowTask;
import dev.ordo.workflow.Workflows;

/**
 * Acceptance of residual risk by the risk owner (ISO/IEC 27001 6.1.3 f) in the BPMN approval {@value #PROCESS_KEY}:
 * the owner accepts or rejects; an acceptance holds for {@code ordo.risk-treatment.acceptance-validity} (default one
 * year), then the run's timer marks it expired and asks the owner again.
 */
@Service
public class AcceptanceService {

	public static final String PROCESS_KEY = "riskAcceptance";

	public static final String DECISION_FORM = "risktreatment/acceptance-decision";

	/** The run's variable naming the risk, for the decision form (older runs have only the business key). */
	static final String RISK_VARIABLE = "riskId";

	/** The run's variable with the user id the decision task is assigned to, {@code null} for the fallback group. */
	static final String OWNER_VARIABLE = "ownerId";

	/** The run's variables with the residual level the owner is asked to accept, for the task list. */
	static final String LEVEL_VARIABLE = "residualLevel";

	static final String LEVEL_NAME_VARIABLE = "residualLevelName";

	static final String NOT_RATED = "Rate the residual risk first: the risk owner accepts the residual risk as rated "
			+ "after the planned treatment";

	/** Who is asked when a risk has no owner (or the owner left). */
	public static final String FALLBACK_GROUP = Role.ISMS_MANAGER.name();

	private final RiskAcceptanceRepository acceptances;

	private final RiskTreatmentRepository treatments;

	private final TreatmentPlanItemRepository items;

	private final RiskAssessment riskAssessment;

	private final RiskTreatmentService treatmentService;

	private final Identity identity;

	private final Workflows workflows;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration validity;

	private final AcceptanceWithdrawal withdrawal;

	// Lazily, as the form takes this service lazily.
	private final ObjectProvider<AcceptanceDecisionForm> decisionForm;

	private final TreatmentStateReport stateReport;

	AcceptanceService(RiskAcceptanceRepository acceptances, RiskTreatmentRepository treatments,
			TreatmentPlanItemRepository items, RiskAssessment riskAssessment, RiskTreatmentService treatmentService,
			Identity identity, Workflows workflows, ApplicationEventPublisher events, Clock clock,
			@Value("${ordo.risk-treatment.acceptance-validity:P365D}") Duration validity,
			AcceptanceWithdrawal withdrawal, ObjectProvider<AcceptanceDecisionForm> decisionForm,
			TreatmentStateReport stateReport) {
		this.stateReport = stateReport;
		this.withdrawal = withdrawal;
		this.decisionForm = decisionForm;
		this.acceptances = acceptances;
		this.treatments = treatments;
		this.items = items;
		this.riskAssessment = riskAssessment;
		this.treatmentService = treatmentService;
		this.identity = identity;
		this.workflows = workflows;
		this.events = events;
		this.clock = clock;
		this.validity = validity;
	}

	/**
	 * Asks the risk owner to accept the residual risk as rated now (the rating is kept with the request). One open
	 * request or valid acceptance per risk; a risk without residual rating cannot be accepted yet.
	 */
	@Transactional
	public AcceptanceView request(UUID riskId) {
		OrdoPrincipal actor = CurrentActor.requireRole(RiskTreatmentService.EDITORS);
		RiskView risk = riskAssessment.risk(riskId);
		if (risk.residual() == null) {
			throw new Conflict(NOT_RATED);
		}
		if (acceptances.findFirstByRiskIdAndStatusOrderByRequestedAtDesc(riskId, AcceptanceStatus.REQUESTED)
			.isPresent()) {
			throw new Conflict("The acceptance of this risk is already waiting for the risk owner");
		}
		Optional<RiskAcceptance> accepted = acceptances
			.findFirstByRiskIdAndStatusOrderByRequestedAtDesc(riskId, AcceptanceStatus.ACCEPTED);
		if (accepted.isPresent() && accepted.get().getWorkflowInstanceId() != null
				&& !workflows.hasEnded(accepted.get().getWorkflowInstanceId())) {
			throw new Conflict("The residual risk is accepted until " + accepted.get().getExpiresAt()
					+ "; it is requested again when that expires");
		}
		RiskAcceptance requested = new RiskAcceptance(riskId, actor.userId(), clock.instant());
		snapshot(requested, risk.residual());
		// The saved copy is the managed one (an assigned id makes save merge).
		RiskAcceptance acceptance = acceptances.save(requested);
		Map<String, Object> variables = new HashMap<>();
		variables.put(LEVEL_VARIABLE, risk.residual().level());
		variables.put(LEVEL_NAME_VARIABLE, risk.residual().levelName());
		variables.put("riskTitle", risk.title());
		variables.put(RISK_VARIABLE, riskId.toString());
		UUID owner = ownerOf(risk);
		variables.put(OWNER_VARIABLE, owner == null ? null : owner.toString());
		variables.put("fallbackGroup", FALLBACK_GROUP);
		variables.put("validity", validity.toString());
		variables.put("requestedBy", actor.userId().toString());
		acceptance.startedAs(workflows.start(PROCESS_KEY, riskId.toString(), variables));
		stateReport.report(riskId);
		return view(acceptance, identity.membersById());
	}

	/** The owner's decision, by completing the open approval task (so the BPMN model decides what follows). */
	@Transactional
	public AcceptanceView decide(UUID riskId, Boolean accepted, String comment) {
		riskAssessment.risk(riskId);
		WorkflowTask task = decisionTask(riskId)
			.orElseThrow(() -> new Conflict("No acceptance of this risk is waiting for a decision"));
		Map<String, Object> form = new HashMap<>();
		form.put("accepted", accepted);
		form.put("comment", comment);
		workflows.complete(task.id(), form);
		return latest(riskId);
	}

	/**
	 * Why the current person may not decide an open acceptance ({@link #decisionTask}), naming who decides instead
	 * (the risk owner by name); {@code null} when they may.
	 */
	@Transactional(readOnly = true)
	public String decisionRefusal(WorkflowTask task) {
		return decisionForm.getObject().refusal(task.variables());
	}

	@Transactional(readOnly = true)
	public Optional<WorkflowTask> decisionTask(UUID riskId) {
		return workflows.openTasks(riskId.toString()).stream()
			.filter(t -> DECISION_FORM.equals(t.formKey()))
			.findFirst();
	}

	@Transactional(readOnly = true)
	public AcceptanceView latest(UUID riskId) {
		riskAssessment.risk(riskId);
		List<RiskAcceptance> found = acceptances.findTop50ByRiskIdOrderByRequestedAtDesc(riskId);
		if (found.isEmpty()) {
			throw new NotFound("Risk acceptance of risk", riskId);
		}
		return view(found.get(0), identity.membersById());
	}

	/** Called by the BPMN model once the owner accepted: approves the treatment plan and requests its changes. */
	@Transactional
	public void recordAccepted(UUID riskId, UUID by, String comment, String instanceId) {
		RiskAcceptance acceptance = requested(riskId);
		acceptance.accept(by, comment, clock.instant(), validity);
		stateReport.report(riskId);
		RiskView risk = riskAssessment.risk(riskId);
		UUID org = CurrentActor.organizationId();
		events.publishEvent(new RiskAccepted(org, riskId, risk.title(), acceptance.getId(), comment,
				acceptance.getExpiresAt(), instanceId, by));
		Optional<RiskTreatment> treatment = treatments.findByRiskId(riskId);
		if (treatment.isPresent() && treatment.get().getOption() != null) {
			RiskTreatment t = treatment.get();
			t.approved(by, clock.instant(), instanceId);
			events.publishEvent(new TreatmentPlanApproved(org, riskId, risk.title(), t.getOption(),
					treatmentService.selected(t.controls()), instanceId, by));
			List<ChangesRequested.Change> changes = items.findTop200ByRiskIdOrderByDueDateAscIdAsc(riskId).stream()
				.filter(i -> i.getStatus().isOpen())
				.map(i -> new ChangesRequested.Change(i.getId(), i.getTitle(), i.getOwnerId(), i.getDueDate()))
				.toList();
			if (!changes.isEmpty()) {
				events.publishEvent(new ChangesRequested(org, riskId, risk.title(), changes, by));
			}
		}
	}

	/** Called by the BPMN model once the owner rejected. */
	@Transactional
	public void recordRejected(UUID riskId, UUID by, String comment, String instanceId) {
		RiskAcceptance acceptance = requested(riskId);
		acceptance.reject(by, comment, clock.instant());
		withdrawApproval(riskId);
		stateReport.report(riskId);
		events.publishEvent(new RiskAcceptanceRejected(CurrentActor.organizationId(), riskId,
				riskAssessment.risk(riskId).title(), acceptance.getId(), comment, instanceId, by));
	}

	/**
	 * Called by the BPMN timer when an acceptance ran out: marks it expired and requests a new one in the same run.
	 *
	 * @return the current risk owner, to be asked again
	 */
	@Transactional
	public UUID recordExpired(UUID riskId, String instanceId) {
		Optional<RiskAcceptance> accepted = acceptances
			.findFirstByRiskIdAndStatusOrderByRequestedAtDesc(riskId, AcceptanceStatus.ACCEPTED);
		if (accepted.isEmpty() && acceptances
			.findFirstByRiskIdAndStatusOrderByRequestedAtDesc(riskId, AcceptanceStatus.REQUESTED).isPresent()) {
			// A retried timer job: the new request exists already.
			return ownerOf(riskAssessment.risk(riskId));
		}
		RiskAcceptance old = accepted.orElseThrow(() -> new NotFound("Accepted risk acceptance of risk", riskId));
		old.expire();
		withdrawApproval(riskId);
		RiskAcceptance next = new RiskAcceptance(riskId, null, clock.instant());
		RiskView risk = riskAssessment.risk(riskId);
		snapshot(next, risk.residual());
		RiskAcceptance renewed = acceptances.save(next);
		renewed.startedAs(instanceId);
		// Expired and asked again in one step: the register reads the risk as awaiting the owner's acceptance.
		stateReport.report(riskId);
		events.publishEvent(new RiskAcceptanceExpired(CurrentActor.organizationId(), riskId, risk.title(),
				old.getId(), instanceId, null));
		return ownerOf(risk);
	}

	/**
	 * The risk's owner may have changed: the open decision task goes to the current owner, or to the ISMS managers
	 * when the risk has no owner who is still a member, so that it is neither decided by the former owner nor stuck
	 * with them. Nothing happens without an open task or when it is with the right person already.
	 */
	@Transactional
	public void followOwner(UUID riskId) {
		Optional<WorkflowTask> task = decisionTask(riskId);
		if (task.isEmpty()) {
			return;
		}
		UUID owner;
		try {
			owner = ownerOf(riskAssessment.risk(riskId));
		}
		catch (NotFound gone) {
			return;
		}
		String assignee = owner == null ? null : owner.toString();
		if (Objects.equals(assignee, task.get().assignee())) {
			return;
		}
		workflows.reassign(task.get().id(), assignee, FALLBACK_GROUP);
		workflows.setVariable(task.get().processInstanceId(), OWNER_VARIABLE, assignee);
	}

	/** A person left the organization: the acceptance decisions waiting for them go to the ISMS managers. */
	@Transactional
	public void ownerLeft(UUID userId) {
		for (WorkflowTask task : workflows.assignedTasks(PROCESS_KEY, userId.toString())) {
			if (DECISION_FORM.equals(task.formKey())) {
				followOwner(UUID.fromString(task.businessKey()));
			}
		}
	}

	/**
	 * Who decides the acceptance of a risk now: its owner while a member, otherwise {@code null} (the ISMS managers).
	 */
	@Transactional(readOnly = true)
	public UUID currentOwner(UUID riskId) {
		return ownerOf(riskAssessment.risk(riskId));
	}

	/**
	 * The risk's residual rating may have changed: an open request or an acceptance of a different residual rating
	 * than the current one is withdrawn, since the owner accepted a different risk. Read from the risk, not from the
	 * event, so that a late event never withdraws an acceptance of the rating as it is now.
	 */
	@Transactional
	public void residualRated(UUID riskId, UUID by) {
		Optional<RiskAcceptance> open = withdrawal.open(riskId);
		if (open.isEmpty()) {
			return;
		}
		RiskView risk;
		try {
			risk = riskAssessment.risk(riskId);
		}
		catch (NotFound gone) {
			return;
		}
		Rating now = risk.residual();
		if (now != null && open.get().isAbout(now.likelihood(), now.consequence(), now.level())) {
			return;
		}
		withdrawal.withdraw(risk, "the residual rating changed from " + open.get().getResidualLevelName() + " to "
				+ (now == null ? "none" : now.levelName()), by);
	}

	private static void snapshot(RiskAcceptance acceptance, Rating residual) {
		if (residual != null) {
			acceptance.residual(residual.likelihood(), residual.consequence(), residual.level(), residual.levelName());
		}
	}

	/** The plan stays approved only while an acceptance holds. */
	private void withdrawApproval(UUID riskId) {
		treatments.findByRiskId(riskId).ifPresent(RiskTreatment::withdrawApproval);
	}

	private UUID ownerOf(RiskView risk) {
		if (risk.owner() == null || !identity.isMember(risk.owner().userId())) {
			return null;
		}
		return risk.owner().userId();
	}

	private RiskAcceptance requested(UUID riskId) {
		return acceptances.findFirstByRiskIdAndStatusOrderByRequestedAtDesc(riskId, AcceptanceStatus.REQUESTED)
			.orElseThrow(() -> new Conflict("No acceptance of this risk is waiting for a decision"));
	}

	static AcceptanceView view(RiskAcceptance a, Map<UUID, MemberSummary> members) {
		return new AcceptanceView(a.getId(), a.getRiskId(), a.getStatus(),
				RiskTreatmentService.ref(a.getRequestedBy(), members), a.getRequestedAt(),
				RiskTreatmentService.ref(a.getDecidedBy(), members), a.getDecidedAt(), a.getDecisionComment(),
				a.getExpiresAt(), a.getWorkflowInstanceId(), a.getResidualLevel(), a.getResidualLevelName(),
				RiskTreatmentService.ref(a.getWithdrawnBy(), members),
				a.getWithdrawnAt(), a.getWithdrawalReason());
	}
}
