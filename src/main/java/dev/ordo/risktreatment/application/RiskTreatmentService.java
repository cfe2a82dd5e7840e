package dev.ordo.risktreatment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.frameworks.ControlView;
import dev.ordo.frameworks.Frameworks;
import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.identity.Role;
import dev.ordo.platform.persistence.FirstSave;
import dev.ordo.riskassessment.RiskAssessment;
import dev.ordo.riskassessment.RiskView;
import dev.ordo.risktreatment.AcceptanceStatus;
import dev.ordo.risktreatment.AcceptanceView;
import dev.ordo.risktreatment.ControlRef;
import dev.ordo.risktreatment.ControlsSelected;
import dev.ordo.risktreatment.MemberRef;
import dev.ordo.risktreatment.PlanItemRequest;
import dev.ordo.risktreatment.PlanItemStatus;
import dev.ordo.risktreatment.PlanItemView;
import dev.ordo.risktreatment.SelectedControl;
import dev.ordo.risktreatment.TreatmentPlanItemAdded;
import dev.ordo.risktreatment.TreatmentPlanItemChanged;
import dev.ordo.risktreatment.TreatmentPlanItemRemoved;
import dev.ordo.risktreatment.TreatmentPlanned;
import dev.ordo.risktreatment.TreatmentRequest;
import dev.ordo.risktreatment.TreatmentView;
import dev.ordo.risktreatment.domain.PlanItemCost;
import dev.ordo.risktreatment.domain.RiskAcceptanceRepository;
import dev.ordo.risktreatment.domain.RiskTreatment;
import dev.ordo.risktreatment.domain.RiskTreatmentRepository;
import dev.ordo.risktreatment.domain.TreatmentPlanItem;
import dev.ordo.risktreatment.domain.TreatmentPlanItemRepository;
import dev.ordo.shared.ChangedSinceRead;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;

/**
 * Risk treatment (ISO/IEC 27001 6.1.3): a risk's option and rationale, the controls selected from any catalog, and
 * the treatment plan. ISMS managers and process owners edit; every member reads.
 */
@Service
public class RiskTreatmentService {

	/** Who may change treatments and plans. */
	static final String[] EDITORS = { Role.ISMS_MANAGER.name(), Role.PROCESS_OWNER.name() };

	static final int MAX_CONTROLS = 200;

	static final int MAX_REASON = 1000;

	private final RiskTreatmentRepository treatments;

	private final TreatmentPlanItemRepository items;

	private final RiskAcceptanceRepository acceptances;

	private final RiskAssessment riskAssessment;

	private final Frameworks frameworks;

	private final Identity identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AcceptanceWithdrawal withdrawal;

	private final TreatmentStateReport stateReport;

	RiskTreatmentService(RiskTreatmentRepository treatments, TreatmentPlanItemRepository items,
			RiskAcceptanceRepository acceptances, RiskAssessment riskAssessment, Frameworks frameworks,
			Identity identity, ApplicationEventPublisher events, Clock clock, AcceptanceWithdrawal withdrawal,
			TreatmentStateReport stateReport) {
		this.withdrawal = withdrawal;
		this.stateReport = stateReport;
		this.treatments = treatments;
		this.items = items;
		this.acceptances = acceptances;
		this.riskAssessment = riskAssessment;
		this.frameworks = frameworks;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public TreatmentView treatment(UUID riskId) {
		RiskView risk = riskAssessment.risk(riskId);
		return view(risk, treatments.findByRiskId(riskId).orElse(null), identity.membersById());
	}

	/**
	 * Sets a risk's treatment. Publishes {@link TreatmentPlanned} and, when the selection changed,
	 * {@link ControlsSelected}. A change withdraws an earlier approval of the plan, and the acceptance that gave it
	 * or the request waiting for the owner ({@link AcceptanceWithdrawal}). The register then reads the risk as planned
	 * ({@link TreatmentStateReport}).
	 */
	@Transactional
	public TreatmentView plan(UUID riskId, TreatmentRequest request) {
		return plan(riskId, request, null);
	}

	/**
	 * Sets a risk's treatment as {@link #plan(UUID, TreatmentRequest)}, made on {@code expectedVersion} when the caller
	 * says which version it read (0: none saved yet): if someone changed the treatment since, nothing is written
	 * ({@link ChangedSinceRead}).
	 */
	@Transactional
	public TreatmentView plan(UUID riskId, TreatmentRequest request, Long expectedVersion) {
		OrdoPrincipal actor = CurrentActor.requireRole(EDITORS);
		RiskView risk = riskAssessment.risk(riskId);
		RiskTreatment stored = treatments.findByRiskId(riskId).orElse(null);
		ChangedSinceRead.check("treatment", expectedVersion, stored == null ? 0 : stored.getVersion());
		List<ControlRef> controls = validate(request);
		RiskTreatment treatment = stored == null ? new RiskTreatment(riskId) : stored;
		boolean controlsChanged = !treatment.controls().equals(controls);
		boolean changed = treatment.change(request.option(), trimToNull(request.rationale()), controls,
				actor.userId(), clock.instant());
		// A first treatment is inserted now, so that two at once give a conflict rather than a server error.
		treatment = stored == null ? FirstSave.insert(treatments, treatment, "treatment")
				: treatments.saveAndFlush(treatment);
		if (changed) {
			withdrawal.withdraw(risk, "the treatment changed", actor.userId());
		}
		stateReport.report(riskId);
		UUID org = CurrentActor.organizationId();
		events.publishEvent(new TreatmentPlanned(org, riskId, risk.title(), request.option(),
				treatment.getRationale(), actor.userId()));
		if (controlsChanged) {
			events.publishEvent(new ControlsSelected(org, riskId, risk.title(), selected(controls), actor.userId()));
		}
		return view(risk, treatment, identity.membersById());
	}

	/** Checks a treatment request and resolves each control through its catalog to its catalog id. */
	List<ControlRef> validate(TreatmentRequest r) {
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.rejectIf(r.option() == null, "option", "must be MODIFY, RETAIN, AVOID or SHARE");
		boolean noRationale = r.rationale() == null || r.rationale().isBlank();
		errors.rejectIf(noRationale, "rationale", "must be given");
		errors.rejectIf(r.rationale() != null && r.rationale().length() > 4000, "rationale",
				"must have at most 4000 characters");
		List<ControlRef> given = r.controls() == null ? List.of() : r.controls();
		errors.rejectIf(given.size() > MAX_CONTROLS, "controls", "at most " + MAX_CONTROLS + " controls");
		errors.rejectIf(r.option() != null && r.option().needsControls() && given.isEmpty(), "controls",
				"at least one control is needed to modify a risk");
		Set<ControlRef> resolved = new LinkedHashSet<>();
		for (int i = 0; i < given.size() && i < MAX_CONTROLS; i++) {
			ControlRef ref = given.get(i);
			String field = "controls[" + i + "]";
			if (ref == null || ref.catalog() == null || ref.catalog().isBlank() || ref.controlId() == null
					|| ref.controlId().isBlank()) {
				errors.reject(field, "needs a catalog and a controlId");
				continue;
			}
			try {
				ControlView control = frameworks.control(ref.catalog().trim(), ref.controlId().trim());
				errors.rejectIf(control.withdrawn(), field, control.withdrawnReason());
				resolved.add(new ControlRef(control.catalogId(), control.id()));
			}
			catch (NotFound e) {
				errors.reject(field, "no control " + ref.controlId() + " in catalog " + ref.catalog());
			}
		}
		errors.throwIfAny();
		return new ArrayList<>(resolved);
	}

	/** Adds an action to a risk's plan; publishes {@link TreatmentPlanItemAdded}. */
	@Transactional
	public PlanItemView addPlanItem(UUID riskId, PlanItemRequest request) {
		OrdoPrincipal actor = CurrentActor.requireRole(EDITORS);
		RiskView risk = riskAssessment.risk(riskId);
		Map<UUID, MemberSummary> members = identity.membersById();
		validate(request, members);
		TreatmentPlanItem item = new TreatmentPlanItem(riskId);
		apply(item, request);
		TreatmentPlanItem saved = items.save(item);
		events.publishEvent(new TreatmentPlanItemAdded(CurrentActor.organizationId(), riskId, risk.title(),
				saved.getId(), saved.getTitle(), saved.getOwnerId(), saved.getDueDate(), saved.getCost(),
				saved.getEffort(), saved.getStatus(), actor.userId()));
		return view(saved, risk.title(), members);
	}

	/** Changes an action of a plan; publishes {@link TreatmentPlanItemChanged} when a value changed. */
	@Transactional
	public PlanItemView changePlanItem(UUID itemId, PlanItemRequest request) {
		return changePlanItem(itemId, request, null);
	}

	/**
	 * Changes an action of a plan, made on {@code expectedVersion} when the caller says which version it read: if
	 * someone changed the item since, nothing is written ({@link ChangedSinceRead}).
	 */
	@Transactional
	public PlanItemView changePlanItem(UUID itemId, PlanItemRequest request, Long expectedVersion) {
		OrdoPrincipal actor = CurrentActor.requireRole(EDITORS);
		TreatmentPlanItem item = find(itemId);
		ChangedSinceRead.check("plan item", expectedVersion, item.getVersion());
		Map<UUID, MemberSummary> members = identity.membersById();
		validate(request, members);
		Map<String, String> before = values(item);
		apply(item, request);
		Map<String, String> after = values(item);
		List<TreatmentPlanItemChanged.Change> changes = before.keySet().stream()
			.filter(field -> !Objects.equals(before.get(field), after.get(field)))
			.map(field -> new TreatmentPlanItemChanged.Change(field, before.get(field), after.get(field)))
			.toList();
		String riskTitle = riskAssessment.risk(item.getRiskId()).title();
		if (!changes.isEmpty()) {
			events.publishEvent(new TreatmentPlanItemChanged(CurrentActor.organizationId(), item.getRiskId(),
					riskTitle, itemId, item.getTitle(), changes, actor.userId()));
		}
		// A change is written now, so the view tells the version it made (the next If-Match).
		items.flush();
		return view(item, riskTitle, members);
	}

	/** An item's values as the change event names them, in the order it lists them. */
	private static Map<String, String> values(TreatmentPlanItem item) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", item.getTitle());
		values.put("ownerId", Objects.toString(item.getOwnerId(), null));
		values.put("dueDate", Objects.toString(item.getDueDate(), null));
		// Compared as plain text with two decimals, so that 1200 and 1200.00 are the same cost.
		values.put("cost", item.getCost() == null ? null : item.getCost().setScale(2).toPlainString());
		values.put("effort", item.getEffort());
		values.put("status", Objects.toString(item.getStatus(), null));
		return values;
	}

	/**
	 * Removes an action from a plan the risk owner has not approved and is not deciding on, with the reason;
	 * publishes {@link TreatmentPlanItemRemoved}, which the audit trail keeps. Otherwise {@link Conflict} with
	 * {@link #removalRefusal why}: what the owner approved, or is asked to approve, stays as it was, and an item
	 * that is no longer wanted is cancelled instead.
	 */
	@Transactional
	public void removePlanItem(UUID itemId, String reason) {
		removePlanItem(itemId, reason, null);
	}

	/**
	 * Removes an action as {@link #removePlanItem(UUID, String)}, when the caller says which version it read only if
	 * nobody changed the item since ({@link ChangedSinceRead}): a removal is not decided on what the item no longer
	 * says.
	 */
	@Transactional
	public void removePlanItem(UUID itemId, String reason, Long expectedVersion) {
		OrdoPrincipal actor = CurrentActor.requireRole(EDITORS);
		TreatmentPlanItem item = find(itemId);
		ChangedSinceRead.check("plan item", expectedVersion, item.getVersion());
		String refusal = removalRefusal(item);
		if (refusal != null) {
			throw new Conflict(refusal);
		}
		String why = trimToNull(reason);
		new InvalidInput.Collector()
			.rejectIf(why == null, "reason", "must be given: the audit trail keeps why the item was removed")
			.rejectIf(why != null && why.length() > MAX_REASON, "reason",
					"must have at most " + MAX_REASON + " characters")
			.throwIfAny();
		String riskTitle = riskAssessment.risk(item.getRiskId()).title();
		items.delete(item);
		events.publishEvent(new TreatmentPlanItemRemoved(CurrentActor.organizationId(), item.getRiskId(), riskTitle,
				itemId, item.getTitle(), item.getStatus(), why, actor.userId()));
	}

	/** Why a plan item cannot be removed now, {@code null} when it can; for the page before anyone tries. */
	@Transactional(readOnly = true)
	public String removalRefusal(UUID itemId) {
		return removalRefusal(find(itemId));
	}

	private String removalRefusal(TreatmentPlanItem item) {
		if (item.getStatus() == PlanItemStatus.DONE) {
			return "A done item records a result of the treatment (ISO/IEC 27001 8.3) and is not removed";
		}
		if (treatments.findByRiskId(item.getRiskId()).map(RiskTreatment::getApprovedAt).isPresent()) {
			return "The risk owner approved this treatment plan: its items are not removed. Set the item's status "
					+ "to cancelled instead, so that the approved plan stays on record";
		}
		if (acceptances.findFirstByRiskIdAndStatusOrderByRequestedAtDesc(item.getRiskId(), AcceptanceStatus.REQUESTED)
			.isPresent()) {
			return "The risk owner is deciding on this treatment plan: its items are not removed meanwhile. Set the "
					+ "item's status to cancelled instead";
		}
		return null;
	}

	private TreatmentPlanItem find(UUID itemId) {
		return items.findById(itemId).orElseThrow(() -> new NotFound("Treatment plan item", itemId));
	}

	@Transactional(readOnly = true)
	public PlanItemView planItem(UUID itemId) {
		TreatmentPlanItem item = find(itemId);
		return view(item, riskAssessment.risk(item.getRiskId()).title(), identity.membersById());
	}

	/** The plan items of all risks, by due date, optionally of one status. */
	@Transactional(readOnly = true)
	public Page<PlanItemView> planItems(PlanItemStatus status, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
				Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.asc("id")));
		Page<TreatmentPlanItem> found = status == null ? items.findAll(request) : items.findByStatus(status, request);
		Map<UUID, MemberSummary> members = identity.membersById();
		// One statement for the page's risks, however many there are (a removed risk has no title).
		Map<UUID, String> titles = found.isEmpty() ? Map.of()
				: riskAssessment.riskTitles(found.stream().map(TreatmentPlanItem::getRiskId).collect(Collectors.toSet()));
		return found.map(i -> view(i, titles.get(i.getRiskId()), members));
	}

	static void validate(PlanItemRequest r, Map<UUID, MemberSummary> members) {
		String costProblem = PlanItemCost.problem(r.cost());
		new InvalidInput.Collector()
			.rejectIf(r.dueDate() != null && !r.dueDate().isBlank() && dueDate(r) == null, "dueDate",
					"must be a date (YYYY-MM-DD)")
			.rejectIf(r.title() == null || r.title().isBlank(), "title", "must be given")
			.rejectIf(r.title() != null && r.title().length() > 300, "title", "must have at most 300 characters")
			.rejectIf(r.ownerId() != null && !members.containsKey(r.ownerId()), "ownerId",
					"is not a member of this organization")
			.rejectIf(costProblem != null, "cost", costProblem)
			.rejectIf(r.effort() != null && r.effort().length() > 100, "effort", "must have at most 100 characters")
			.throwIfAny();
	}

	private static void apply(TreatmentPlanItem item, PlanItemRequest r) {
		item.change(r.title().trim(), r.ownerId(), dueDate(r), PlanItemCost.parse(r.cost()), trimToNull(r.effort()),
				r.status() == null ? PlanItemStatus.PLANNED : r.status());
	}

	static LocalDate dueDate(PlanItemRequest r) {
		if (r.dueDate() == null || r.dueDate().isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(r.dueDate().trim());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The selected controls with their catalog's labels; a control no longer found keeps its id. */
	List<SelectedControl> selected(List<ControlRef> refs) {
		List<SelectedControl> controls = new ArrayList<>();
		for (ControlRef ref : refs) {
			try {
				ControlView c = frameworks.control(ref.catalog(), ref.controlId());
				controls.add(new SelectedControl(c.catalogId(), c.id(), c.label(), c.title()));
			}
			catch (NotFound e) {
				controls.add(new SelectedControl(ref.catalog(), ref.controlId(), ref.controlId(), null));
			}
		}
		return controls;
	}

	TreatmentView view(RiskView risk, RiskTreatment t, Map<UUID, MemberSummary> members) {
		List<PlanItemView> plan = items.findTop200ByRiskIdOrderByDueDateAscIdAsc(risk.id()).stream()
			.map(i -> view(i, risk.title(), members)).toList();
		List<AcceptanceView> history = acceptances.findTop50ByRiskIdOrderByRequestedAtDesc(risk.id()).stream()
			.map(a -> AcceptanceService.view(a, members)).toList();
		MemberRef owner = risk.owner() == null ? null : ref(risk.owner().userId(), members);
		Integer level = risk.residual() == null ? null : risk.residual().level();
		String levelName = risk.residual() == null ? null : risk.residual().levelName();
		if (t == null) {
			return new TreatmentView(risk.id(), risk.title(), owner, null, null, List.of(), plan, null, null, null,
					null, null, history.isEmpty() ? null : history.get(0), history, level, levelName, 0);
		}
		return new TreatmentView(risk.id(), risk.title(), owner, t.getOption(), t.getRationale(),
				selected(t.controls()), plan, ref(t.getUpdatedBy(), members), t.getUpdatedAt(),
				ref(t.getApprovedBy(), members), t.getApprovedAt(), t.getApprovalInstanceId(),
				history.isEmpty() ? null : history.get(0), history, level, levelName, t.getVersion());
	}

	PlanItemView view(TreatmentPlanItem i, String riskTitle, Map<UUID, MemberSummary> members) {
		return new PlanItemView(i.getId(), i.getRiskId(), riskTitle, i.getTitle(), ref(i.getOwnerId(), members),
				i.getDueDate(), i.getCost(), i.getEffort(), i.getStatus(),
				PlanItemView.isOverdue(i.getDueDate(), i.getStatus(), LocalDate.now(clock)), i.getVersion());
	}

	static MemberRef ref(UUID id, Map<UUID, MemberSummary> members) {
		if (id == null) {
			return null;
		}
		MemberSummary m = members.get(id);
		return new MemberRef(id, m == null ? "former member" : m.displayName());
	}

	static String trimToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
