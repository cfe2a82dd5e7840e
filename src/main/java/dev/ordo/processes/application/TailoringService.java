package dev.ordo.processes.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.identity.Role;
import dev.ordo.processes.MemberRef;
import dev.ordo.processes.ProcessDescription;
import dev.ordo.processes.ProcessTailoringChanged;
import dev.ordo.processes.ProcessTailoringView;
import dev.ordo.processes.ProcessView;
import dev.ordo.processes.TailoringChangeProposed;
import dev.ordo.processes.TailoringChangeRejected;
import dev.ordo.processes.TailoringChangeView;
import dev.ordo.processes.TailoringChangeView.Status;
import dev.ordo.processes.TailoringRequest;
import dev.ordo.processes.domain.ProcessCatalog;
import dev.ordo.processes.domain.ProcessTailoring;
import dev.ordo.processes.domain.ProcessTailoringRepository;
import dev.ordo.processes.domain.TailoringChange;
import dev.ordo.processes.domain.TailoringChangeRepository;
import dev.ordo.processes.domain.TailoringQueries;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;
import dev.ordo.workflow.WorkflowTask;
import dev.ordo.workflow.Workflows;

/**
 * Tailoring the ISMS processes to the organization: the ISMS manager proposes, top management decides in the BPMN
 * approval {@value #PROCESS_KEY}, and only an approved change becomes effective.
 */
@Service
public class TailoringService {

	/** The BPMN process that decides a tailoring change. */
	public static final String PROCESS_KEY = "processTailoringApproval";

	/** Form key of the approval task. */
	public static final String DECISION_FORM = "processes/tailoring-decision";

	private final ProcessCatalog catalog;

	private final ProcessTailoringRepository tailorings;

	private final TailoringChangeRepository changes;

	private final Identity identity;

	private final Workflows workflows;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TailoringQueries queries;

	TailoringService(ProcessCatalog catalog, ProcessTailoringRepository tailorings, TailoringChangeRepository changes,
			Identity identity, Workflows workflows, ApplicationEventPublisher events, Clock clock,
			TailoringQueries queries) {
		this.queries = queries;
		this.catalog = catalog;
		this.tailorings = tailorings;
		this.changes = changes;
		this.identity = identity;
		this.workflows = workflows;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ProcessView> processes() {
		Map<String, ProcessTailoring> effective = new HashMap<>();
		tailorings.findAll().forEach(t -> effective.put(t.getProcessKey(), t));
		Map<UUID, MemberSummary> members = identity.membersById();
		return catalog.processes().stream()
			.map(p -> new ProcessView(p, view(effective.get(p.key()), members)))
			.toList();
	}

	@Transactional(readOnly = true)
	public ProcessView process(String key) {
		ProcessDescription description = describe(key);
		ProcessTailoring tailoring = tailorings.findByProcessKey(key).orElse(null);
		// Only the people this process names: the register and other pages show a process's owner on every view.
		Map<UUID, MemberSummary> members = tailoring == null ? Map.of()
				: identity.membersById(Stream.concat(Stream.of(tailoring.getOwnerId(), tailoring.getApprovedBy()),
						tailoring.deputies().stream()).filter(Objects::nonNull).toList());
		return new ProcessView(description, view(tailoring, members));
	}

	/** The process's owner in the current organization: for pages that name it on every view (two short reads). */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<MemberRef> owner(String key) {
		describe(key);
		return queries.ownerOf(CurrentActor.organizationId(), key)
			.map(id -> ref(id, identity.membersById(List.of(id))));
	}

	/**
	 * Proposes a tailoring change and starts its approval. ISMS managers only; one open proposal per process.
	 */
	@Transactional
	public TailoringChangeView propose(String processKey, TailoringRequest request) {
		OrdoPrincipal actor = CurrentActor.requireRole(Role.ISMS_MANAGER.name());
		ProcessDescription process = describe(processKey);
		Map<UUID, MemberSummary> members = identity.membersById();
		validate(request, members);
		if (changes.existsByProcessKeyAndStatus(processKey, Status.PROPOSED)) {
			throw new Conflict("A change of this process is already waiting for approval");
		}
		List<UUID> deputies = request.deputyIds() == null ? List.of() : List.copyOf(new HashSet<>(request.deputyIds()));
		TailoringChange change = changes.save(new TailoringChange(processKey, request.applicable(),
				trimToNull(request.justification()), request.ownerId(), deputies, request.targetLevel(),
				trimToNull(request.notes()), trimToNull(request.reason()), actor.userId(), clock.instant()));
		Map<String, Object> variables = new HashMap<>();
		variables.put("processKey", processKey);
		variables.put("processName", process.clause() + " " + process.shortName());
		variables.put("proposedBy", actor.userId().toString());
		change.startedAs(workflows.start(PROCESS_KEY, change.getId().toString(), variables));
		events.publishEvent(new TailoringChangeProposed(CurrentActor.organizationId(), change.getId(), processKey,
				actor.userId()));
		return view(change, members);
	}

	/**
	 * Approves or rejects a proposed change by completing its approval task, so the decision follows the BPMN model
	 * whichever way it is made.
	 */
	@Transactional
	public TailoringChangeView decide(UUID changeId, Boolean approved, String comment) {
		TailoringChange change = changes.findById(changeId).orElseThrow(() -> new NotFound("Tailoring change", changeId));
		if (change.getStatus() != Status.PROPOSED) {
			throw new Conflict("The change was already " + change.getStatus().name().toLowerCase());
		}
		WorkflowTask task = decisionTask(changeId)
			.orElseThrow(() -> new Conflict("The change has no open approval task"));
		Map<String, Object> form = new HashMap<>();
		form.put("approved", approved);
		form.put("comment", comment);
		workflows.complete(task.id(), form);
		return change(changeId);
	}

	/** The open approval task of a change, if there is one. */
	@Transactional(readOnly = true)
	public Optional<WorkflowTask> decisionTask(UUID changeId) {
		return workflows.openTasks(changeId.toString()).stream()
			.filter(t -> DECISION_FORM.equals(t.formKey()))
			.findFirst();
	}

	/** Called by the BPMN model once the change is approved: makes it effective. */
	@Transactional
	public void applyApproved(UUID changeId, UUID approver, String comment) {
		TailoringChange change = changes.findById(changeId).orElseThrow(() -> new NotFound("Tailoring change", changeId));
		change.approve(approver, comment, clock.instant());
		ProcessTailoring tailoring = tailorings.findByProcessKey(change.getProcessKey())
			.orElseGet(() -> new ProcessTailoring(change.getProcessKey()));
		tailoring.apply(change, approver, clock.instant());
		tailorings.save(tailoring);
		events.publishEvent(new ProcessTailoringChanged(CurrentActor.organizationId(), changeId,
				change.getProcessKey(), change.isApplicable(), change.getOwnerId(), change.getTargetLevel(), approver));
	}

	/** Called by the BPMN model once the change is rejected. */
	@Transactional
	public void recordRejected(UUID changeId, UUID approver, String comment) {
		TailoringChange change = changes.findById(changeId).orElseThrow(() -> new NotFound("Tailoring change", changeId));
		change.reject(approver, comment, clock.instant());
		events.publishEvent(new TailoringChangeRejected(CurrentActor.organizationId(), changeId,
				change.getProcessKey(), comment, approver));
	}

	@Transactional(readOnly = true)
	public TailoringChangeView change(UUID changeId) {
		return changes.findById(changeId).map(c -> view(c, identity.membersById()))
			.orElseThrow(() -> new NotFound("Tailoring change", changeId));
	}

	@Transactional(readOnly = true)
	public List<TailoringChangeView> changesOf(String processKey) {
		describe(processKey);
		Map<UUID, MemberSummary> members = identity.membersById();
		return changes.findByProcessKeyOrderByProposedAtDesc(processKey).stream().limit(100)
			.map(c -> view(c, members)).toList();
	}

	@Transactional(readOnly = true)
	public Page<TailoringChangeView> changes(Status status, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
				Sort.by(Sort.Direction.DESC, "proposedAt").and(Sort.by("id")));
		Map<UUID, MemberSummary> members = identity.membersById();
		Page<TailoringChange> found = status == null ? changes.findAll(request) : changes.findByStatus(status, request);
		return found.map(c -> view(c, members));
	}

	ProcessDescription describe(String key) {
		return catalog.byKey(key).orElseThrow(() -> new NotFound("Process", key));
	}

	static void validate(TailoringRequest r, Map<UUID, MemberSummary> members) {
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.rejectIf(r.applicable() == null, "applicable", "must be given");
		errors.rejectIf(r.targetLevel() == null || r.targetLevel() < 0 || r.targetLevel() > 5, "targetLevel",
				"must be a capability level from 0 to 5");
		boolean notApplicable = Boolean.FALSE.equals(r.applicable());
		errors.rejectIf(notApplicable && (r.justification() == null || r.justification().isBlank()), "justification",
				"is required when the process is not applicable");
		errors.rejectIf(notApplicable && r.targetLevel() != null && r.targetLevel() != 0, "targetLevel",
				"must be 0 for a process that is not applicable");
		errors.rejectIf(r.justification() != null && r.justification().length() > 2000, "justification",
				"must have at most 2000 characters");
		errors.rejectIf(r.notes() != null && r.notes().length() > 4000, "notes", "must have at most 4000 characters");
		errors.rejectIf(r.reason() != null && r.reason().length() > 2000, "reason", "must have at most 2000 characters");
		errors.rejectIf(r.ownerId() != null && !members.containsKey(r.ownerId()), "ownerId",
				"is not a member of this organization");
		List<UUID> deputies = r.deputyIds() == null ? List.of() : r.deputyIds();
		errors.rejectIf(deputies.stream().anyMatch(d -> d == null || !members.containsKey(d)), "deputyIds",
				"must all be members of this organization");
		errors.rejectIf(r.ownerId() != null && deputies.contains(r.ownerId()), "deputyIds",
				"must not include the owner");
		errors.rejectIf(deputies.size() > 5, "deputyIds", "at most 5 deputies");
		errors.throwIfAny();
	}

	static ProcessTailoringView view(ProcessTailoring t, Map<UUID, MemberSummary> members) {
		if (t == null) {
			return new ProcessTailoringView(true, null, null, List.of(), ProcessTailoring.DEFAULT_TARGET_LEVEL, null,
					null, null, null);
		}
		return new ProcessTailoringView(t.isApplicable(), t.getJustification(), ref(t.getOwnerId(), members),
				refs(t.deputies(), members), t.getTargetLevel(), t.getNotes(), t.getEffectiveSince(),
				ref(t.getApprovedBy(), members), t.getChangeId());
	}

	static TailoringChangeView view(TailoringChange c, Map<UUID, MemberSummary> members) {
		ProcessTailoringView proposed = new ProcessTailoringView(c.isApplicable(), c.getJustification(),
				ref(c.getOwnerId(), members), refs(c.deputies(), members), c.getTargetLevel(), c.getNotes(), null, null,
				null);
		return new TailoringChangeView(c.getId(), c.getProcessKey(), c.getStatus(), proposed, c.getReason(),
				ref(c.getProposedBy(), members), c.getProposedAt(), ref(c.getDecidedBy(), members), c.getDecidedAt(),
				c.getDecisionComment(), c.getWorkflowInstanceId());
	}

	private static MemberRef ref(UUID id, Map<UUID, MemberSummary> members) {
		if (id == null) {
			return null;
		}
		MemberSummary m = members.get(id);
		// A former member still appears in the record under their id.
		return new MemberRef(id, m == null ? "former member" : m.displayName());
	}

	private static List<MemberRef> refs(List<UUID> ids, Map<UUID, MemberSummary> members) {
		List<MemberRef> refs = new ArrayList<>();
		ids.forEach(id -> refs.add(ref(id, members)));
		return refs;
	}

	private static String trimToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
