package dev.ordo.implementation.application;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.frameworks.CatalogMapping;
import dev.ordo.frameworks.CatalogView;
import dev.ordo.frameworks.ControlView;
import dev.ordo.frameworks.Frameworks;
import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.identity.Role;
import dev.ordo.implementation.AppliedControlListItem;
import dev.ordo.implementation.AppliedControlRequest;
import dev.ordo.implementation.AppliedControlSummary;
import dev.ordo.implementation.AppliedControlView;
import dev.ordo.implementation.ControlImplementationChanged;
import dev.ordo.implementation.ControlVerified;
import dev.ordo.implementation.Coverage;
import dev.ordo.implementation.EvidenceRequest;
import dev.ordo.implementation.EvidenceView;
import dev.ordo.implementation.ImplementationStatus;
import dev.ordo.implementation.MemberRef;
import dev.ordo.implementation.VerificationRequest;
import dev.ordo.implementation.VerificationView;
import dev.ordo.implementation.domain.AppliedControl;
import dev.ordo.implementation.domain.AppliedControlRepository;
import dev.ordo.implementation.domain.AppliedControlRow;
import dev.ordo.implementation.domain.CoverageRules;
import dev.ordo.implementation.domain.Evidence;
import dev.ordo.implementation.domain.EvidenceRepository;
import dev.ordo.implementation.domain.AppliedControlQueries;
import dev.ordo.implementation.domain.OverdueRules;
import dev.ordo.implementation.domain.Verification;
import dev.ordo.implementation.domain.VerificationRepository;
import dev.ordo.shared.ChangedSinceRead;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;

/**
 * Applied controls (ISO/IEC 27001 8.1, Annex A as implemented): one per catalog control and organization, with
 * status, owner, due date, evidence links and verification history; overdue tracking; coverage of a catalog
 * directly or through mapped controls of other catalogs.
 */
@Service
public class AppliedControlService {

	/** Who may change applied controls. */
	static final String[] EDITORS = { Role.ISMS_MANAGER.name(), Role.PROCESS_OWNER.name() };

	/** How many evidence links and verifications the page and API show. */
	static final int HISTORY_LIMIT = 200;

	/** How many evidence links one applied control may have. */
	static final int EVIDENCE_LIMIT = 200;

	private final AppliedControlRepository controls;

	private final EvidenceRepository evidence;

	private final VerificationRepository verifications;

	private final AppliedControlQueries lists;

	private final Frameworks frameworks;

	private final Identity identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OverdueRules overdue;

	AppliedControlService(AppliedControlRepository controls, EvidenceRepository evidence,
			VerificationRepository verifications, AppliedControlQueries lists, Frameworks frameworks, Identity identity,
			ApplicationEventPublisher events, Clock clock,
			@Value("${ordo.implementation.verification-interval:P365D}") Duration interval) {
		this.controls = controls;
		this.evidence = evidence;
		this.verifications = verifications;
		this.lists = lists;
		this.frameworks = frameworks;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
		this.overdue = new OverdueRules(Period.ofDays((int) Math.max(1, interval.toDays())));
	}

	/** The list; {@code catalog} of the filter may be a catalog id or key. */
	@Transactional(readOnly = true)
	public Page<AppliedControlListItem> list(AppliedControlQueries.Filter filter, String sort, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
		AppliedControlQueries.Filter f = filter;
		if (filter.catalogId() != null && !filter.catalogId().isBlank()) {
			String id;
			try {
				id = frameworks.catalog(filter.catalogId().trim()).id();
			}
			catch (NotFound e) {
				id = filter.catalogId().trim();
			}
			f = new AppliedControlQueries.Filter(filter.text(), filter.status(), filter.ownerId(), id, filter.overdue());
		}
		else if (filter.catalogId() != null) {
			f = new AppliedControlQueries.Filter(filter.text(), filter.status(), filter.ownerId(), null, filter.overdue());
		}
		LocalDate today = LocalDate.now(clock);
		Page<AppliedControlRow> rows = lists.list(f, sort, today, overdue.verificationCutoff(today), request);
		Map<UUID, MemberSummary> members = identity.membersById();
		return rows.map(r -> {
			String why = overdue.reason(r.status(), r.dueDate(), r.implementedOn(), r.lastVerifiedOn(), today);
			return new AppliedControlListItem(r.id(), r.catalogId(), r.controlId(), r.controlLabel(), r.controlTitle(),
					r.status(), ref(r.ownerId(), members), r.dueDate(), r.lastVerifiedOn(), r.lastVerificationResult(),
					why != null, why);
		});
	}

	@Transactional(readOnly = true)
	public AppliedControlView appliedControl(UUID id) {
		return view(find(id), identity.membersById());
	}

	@Transactional
	public AppliedControlView create(AppliedControlRequest request) {
		OrdoPrincipal actor = CurrentActor.requireRole(EDITORS);
		Map<UUID, MemberSummary> members = identity.membersById();
		InvalidInput.Collector errors = new InvalidInput.Collector();
		ControlView control = null;
		if (request.catalog() == null || request.catalog().isBlank()) {
			errors.reject("catalog", "must be given");
		}
		else if (request.controlId() == null || request.controlId().isBlank()) {
			errors.reject("controlId", "must be given");
		}
		else {
			try {
				frameworks.catalog(request.catalog().trim());
				try {
					control = frameworks.control(request.catalog().trim(), request.controlId().trim());
					errors.rejectIf(control.withdrawn(), "controlId", control.withdrawnReason());
				}
				catch (NotFound e) {
					errors.reject("controlId", "is not a control of this catalog");
				}
			}
			catch (NotFound e) {
				errors.reject("catalog", "is not a catalog of this organization");
			}
		}
		validate(request, null, members, errors);
		errors.throwIfAny();
		var existing = controls.findByCatalogIdAndControlId(control.catalogId(), control.id());
		if (existing.isPresent()) {
			throw new AlreadyApplied(control.label(), existing.get().getId());
		}
		Instant now = clock.instant();
		AppliedControl applied = new AppliedControl(control.catalogId(), control.id(), control.label(),
				control.title(), now);
		change(applied, request, now);
		controls.save(applied);
		events.publishEvent(new ControlImplementationChanged(CurrentActor.organizationId(), applied.getId(),
				applied.getCatalogId(), applied.getControlId(), applied.getStatus(), null, applied.getOwnerId(), null,
				actor.userId()));
		return view(applied, members);
	}

	@Transactional
	public AppliedControlView update(UUID id, AppliedControlRequest request) {
		return update(id, request, null);
	}

	/**
	 * Changes an applied control, made on {@code expectedVersion} when the caller says which version it read: if
	 * someone changed it since (an edit, evidence, a verification), nothing is written ({@link ChangedSinceRead}).
	 */
	@Transactional
	public AppliedControlView update(UUID id, AppliedControlRequest request, Long expectedVersion) {
		OrdoPrincipal actor = CurrentActor.requireRole(EDITORS);
		AppliedControl applied = find(id);
		ChangedSinceRead.check("applied control", expectedVersion, applied.getVersion());
		Map<UUID, MemberSummary> members = identity.membersById();
		InvalidInput.Collector errors = new InvalidInput.Collector();
		validate(request, applied, members, errors);
		errors.throwIfAny();
		ImplementationStatus previous = applied.getStatus();
		change(applied, request, clock.instant());
		events.publishEvent(new ControlImplementationChanged(CurrentActor.organizationId(), applied.getId(),
				applied.getCatalogId(), applied.getControlId(), applied.getStatus(), previous, applied.getOwnerId(),
				null, actor.userId()));
		return view(applied, members);
	}

	/**
	 * Links evidence of the control's implementation (ISO/IEC 27001 7.5, documented information). Adding loses
	 * nothing of another person's change, so {@code expectedVersion} is optional; when the caller gives the version
	 * it read, a control changed since is refused ({@link ChangedSinceRead}), as for an edit.
	 */
	@Transactional
	public AppliedControlView addEvidence(UUID id, EvidenceRequest request, Long expectedVersion) {
		OrdoPrincipal actor = CurrentActor.requireRole(EDITORS);
		AppliedControl applied = find(id);
		ChangedSinceRead.check("applied control", expectedVersion, applied.getVersion());
		InvalidInput.Collector errors = new InvalidInput.Collector();
		String url = request.url() == null ? null : request.url().trim();
		errors.rejectIf(url == null || url.isEmpty(), "url", "must be given");
		errors.rejectIf(url != null && !url.isEmpty() && !isWebLink(url), "url", "must be an http or https URL");
		errors.rejectIf(url != null && url.length() > 2000, "url", "must have at most 2000 characters");
		errors.rejectIf(request.description() != null && request.description().length() > 1000, "description",
				"must have at most 1000 characters");
		errors.throwIfAny();
		if (evidence.countByAppliedControlId(id) >= EVIDENCE_LIMIT) {
			throw new Conflict("An applied control has at most " + EVIDENCE_LIMIT + " evidence links");
		}
		Instant now = clock.instant();
		evidence.save(new Evidence(id, url, trimToNull(request.description()), actor.userId(), now));
		applied.touch(now);
		return view(applied, identity.membersById());
	}

	/**
	 * Records a verification; an effective one makes the control VERIFIED, a failed one IN_PROGRESS again. With
	 * {@code expectedVersion}, only if the control is still the version the verifier read ({@link ChangedSinceRead}).
	 */
	@Transactional
	public AppliedControlView verify(UUID id, VerificationRequest request, Long expectedVersion) {
		OrdoPrincipal actor = CurrentActor.requireRole(EDITORS);
		AppliedControl applied = find(id);
		ChangedSinceRead.check("applied control", expectedVersion, applied.getVersion());
		LocalDate today = LocalDate.now(clock);
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.rejectIf(request.result() == null, "result", "must be EFFECTIVE or NOT_EFFECTIVE");
		LocalDate verifiedOn = date(request.verifiedOn(), "verifiedOn", errors);
		errors.rejectIf(verifiedOn != null && verifiedOn.isAfter(today), "verifiedOn", "may not lie in the future");
		errors.rejectIf(request.notes() != null && request.notes().length() > 4000, "notes",
				"must have at most 4000 characters");
		errors.rejectIf(applied.getStatus() == ImplementationStatus.NOT_APPLICABLE, "result",
				"a control that is not applicable is not verified");
		errors.throwIfAny();
		LocalDate on = verifiedOn == null ? today : verifiedOn;
		Instant now = clock.instant();
		verifications.save(new Verification(id, on, actor.userId(), request.result(), trimToNull(request.notes()), now));
		applied.verified(on, actor.userId(), request.result(), today, now);
		events.publishEvent(new ControlVerified(CurrentActor.organizationId(), applied.getId(),
				applied.getCatalogId(), applied.getControlId(), on, request.result(), applied.getStatus(),
				actor.userId()));
		return view(applied, identity.membersById());
	}

	/**
	 * Asks for a control to be implemented on behalf of another process (risk treatment): creates a PLANNED applied
	 * control unless the organization already has one for the control, which is returned unchanged. The caller has
	 * authorized the request; the actor, if any, is recorded.
	 */
	@Transactional
	public AppliedControlView ensurePlanned(String catalog, String controlId, String reason) {
		CurrentActor.organizationId();
		ControlView control = frameworks.control(catalog, controlId);
		var existing = controls.findByCatalogIdAndControlId(control.catalogId(), control.id());
		Map<UUID, MemberSummary> members = identity.membersById();
		if (existing.isPresent()) {
			return view(existing.get(), members);
		}
		Instant now = clock.instant();
		AppliedControl applied = new AppliedControl(control.catalogId(), control.id(), control.label(),
				control.title(), now);
		String why = trimToNull(reason);
		applied.change(ImplementationStatus.PLANNED, null, null, null,
				why == null ? null : why.length() > 4000 ? why.substring(0, 4000) : why, LocalDate.now(clock), now);
		controls.save(applied);
		events.publishEvent(new ControlImplementationChanged(CurrentActor.organizationId(), applied.getId(),
				applied.getCatalogId(), applied.getControlId(), applied.getStatus(), null, null, why,
				CurrentActor.userIdOrNull()));
		return view(applied, members);
	}

	/**
	 * The controls of {@code catalog} (for ISO/IEC 27001:2022 its 93 Annex A controls) with the status they reach
	 * directly or through applied controls of other catalogs mapped to them.
	 */
	@Transactional(readOnly = true)
	public Coverage coverage(String catalog) {
		CatalogView target = frameworks.catalog(catalog == null || catalog.isBlank() ? Frameworks.ISO27001_2022
				: catalog.trim());
		List<ControlView> targetControls = targetControls(target);
		Map<String, Coverage.Source> direct = new HashMap<>();
		Map<String, AppliedControlRow> others = new HashMap<>();
		for (AppliedControlRow row : lists.all()) {
			if (row.catalogId().equals(target.id())) {
				direct.put(row.controlId(), source(row, "direct"));
			}
			else {
				others.put(row.catalogId() + "|" + row.controlId(), row);
			}
		}
		// All of the target's mappings in one statement, whatever the number of applied controls.
		Map<String, List<Coverage.Source>> mapped = new HashMap<>();
		for (CatalogMapping m : frameworks.mappingsOf(target.id())) {
			AppliedControlRow row = others.get(m.otherCatalogId() + "|" + m.otherControlId());
			if (row != null) {
				mapped.computeIfAbsent(m.controlId(), k -> new ArrayList<>()).add(source(row, m.relationship()));
			}
		}
		List<Coverage.CoverageEntry> entries = targetControls.stream()
			.map(c -> CoverageRules.entry(c.id(), c.label(), c.title(), direct.get(c.id()),
					mapped.getOrDefault(c.id(), List.of())))
			.toList();
		return new Coverage(target.id(), target.title(), entries, CoverageRules.counts(entries));
	}

	/** Every applied control with its evidence, in three statements (controls, evidence, members). */
	@Transactional(readOnly = true)
	public List<AppliedControlSummary> summaries() {
		CurrentActor.require();
		Map<UUID, List<AppliedControlSummary.Evidence>> links = new HashMap<>();
		for (Evidence e : evidence.findAllByOrderByAddedAtAsc()) {
			links.computeIfAbsent(e.getAppliedControlId(), k -> new ArrayList<>())
				.add(new AppliedControlSummary.Evidence(e.getUrl(), e.getDescription()));
		}
		Map<UUID, MemberSummary> members = identity.membersById();
		return controls.findAll().stream()
			.map(c -> new AppliedControlSummary(c.getId(), c.getCatalogId(), c.getControlId(), c.getControlLabel(),
					c.getStatus(), c.getJustification(), ref(c.getOwnerId(), members), c.getLastVerifiedOn(),
					c.getLastVerificationResult(), List.copyOf(links.getOrDefault(c.getId(), List.of()))))
			.toList();
	}

	/** The controls a catalog asks to be covered (withdrawn ones are not), in one statement. */
	private List<ControlView> targetControls(CatalogView target) {
		return frameworks.statementControls(target.id());
	}

	private static Coverage.Source source(AppliedControlRow row, String relationship) {
		return new Coverage.Source(row.id(), row.catalogId(), row.controlId(), row.controlLabel(), row.status(),
				relationship);
	}

	AppliedControl find(UUID id) {
		return controls.findById(id).orElseThrow(() -> new NotFound("Applied control", id));
	}

	private void change(AppliedControl applied, AppliedControlRequest r, Instant now) {
		applied.change(r.status(), trimToNull(r.justification()), r.ownerId(),
				date(r.dueDate(), "dueDate", new InvalidInput.Collector()), trimToNull(r.notes()), LocalDate.now(clock),
				now);
	}

	/**
	 * {@code current} is the applied control being changed, {@code null} for a new one. VERIFIED is the result of an
	 * effective verification (ISO/IEC 27001:2022 9.1: monitoring and measurement with recorded results), so a form
	 * or a request may keep it but never claim it.
	 */
	private static void validate(AppliedControlRequest r, AppliedControl current, Map<UUID, MemberSummary> members,
			InvalidInput.Collector errors) {
		errors.rejectIf(r.status() == null, "status",
				"must be PLANNED, IN_PROGRESS, IMPLEMENTED, VERIFIED or NOT_APPLICABLE");
		errors.rejectIf(r.status() == ImplementationStatus.VERIFIED
				&& (current == null || current.getStatus() != ImplementationStatus.VERIFIED), "status",
				"becomes VERIFIED by recording an effective verification; choose IMPLEMENTED and record one");
		errors.rejectIf(r.status() == ImplementationStatus.NOT_APPLICABLE
				&& (r.justification() == null || r.justification().isBlank()), "justification",
				"a control that is not applicable needs a justification");
		errors.rejectIf(r.justification() != null && r.justification().length() > 4000, "justification",
				"must have at most 4000 characters");
		errors.rejectIf(r.ownerId() != null && !members.containsKey(r.ownerId()), "ownerId",
				"is not a member of this organization");
		errors.rejectIf(r.notes() != null && r.notes().length() > 4000, "notes", "must have at most 4000 characters");
		date(r.dueDate(), "dueDate", errors);
	}

	/** An ISO date, {@code null} when empty; a field error when malformed. */
	private static LocalDate date(String value, String field, InvalidInput.Collector errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			errors.reject(field, "must be a date (YYYY-MM-DD)");
			return null;
		}
	}

	private AppliedControlView view(AppliedControl c, Map<UUID, MemberSummary> members) {
		// A change is written now, so the view tells the version it made (the next If-Match).
		controls.flush();
		LocalDate today = LocalDate.now(clock);
		List<EvidenceView> links = evidence
			.findByAppliedControlIdOrderByAddedAtAsc(c.getId(), PageRequest.of(0, HISTORY_LIMIT)).stream()
			.map(e -> new EvidenceView(e.getId(), e.getUrl(), e.getDescription(), ref(e.getAddedBy(), members),
					e.getAddedAt()))
			.toList();
		List<VerificationView> history = verifications
			.findByAppliedControlIdOrderByVerifiedOnDescRecordedAtDesc(c.getId(), PageRequest.of(0, HISTORY_LIMIT))
			.stream()
			.map(v -> new VerificationView(v.getId(), v.getVerifiedOn(), ref(v.getVerifiedBy(), members),
					v.getOutcome(), v.getNotes(), v.getRecordedAt()))
			.toList();
		String why = overdue.reason(c.getStatus(), c.getDueDate(), c.getImplementedOn(), c.getLastVerifiedOn(), today);
		return new AppliedControlView(c.getId(), c.getCatalogId(), c.getControlId(), c.getControlLabel(),
				c.getControlTitle(), c.getStatus(), c.getJustification(), ref(c.getOwnerId(), members), c.getDueDate(),
				c.getNotes(), c.getImplementedOn(), c.getLastVerifiedOn(), ref(c.getLastVerifiedBy(), members),
				c.getLastVerificationResult(),
				overdue.nextVerificationDue(c.getStatus(), c.getImplementedOn(), c.getLastVerifiedOn()), why != null,
				why, c.getCreatedAt(), c.getUpdatedAt(), links, history, c.getVersion());
	}

	private static boolean isWebLink(String url) {
		try {
			URI uri = new URI(url);
			return uri.getScheme() != null
					&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (Exception e) {
			return false;
		}
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
