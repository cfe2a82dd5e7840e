package dev.ordo.risktreatment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import dev.ordo.frameworks.CatalogMapping;
import dev.ordo.frameworks.CatalogView;
import dev.ordo.frameworks.ControlView;
import dev.ordo.frameworks.Frameworks;
import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.identity.Role;
import dev.ordo.implementation.AppliedControlSummary;
import dev.ordo.implementation.SecurityImplementation;
import dev.ordo.platform.persistence.FirstSave;
import dev.ordo.riskassessment.RiskAssessment;
import dev.ordo.risktreatment.ApplicabilityDecided;
import dev.ordo.risktreatment.ApplicabilityRequest;
import dev.ordo.risktreatment.BulkApplicabilityRequest;
import dev.ordo.risktreatment.ControlRef;
import dev.ordo.risktreatment.IsmsScope;
import dev.ordo.risktreatment.IsmsScopeRequest;
import dev.ordo.risktreatment.IsmsScopeStated;
import dev.ordo.risktreatment.MemberRef;
import dev.ordo.risktreatment.SoaEntry;
import dev.ordo.risktreatment.SoaEntry.Decision;
import dev.ordo.risktreatment.SoaEntry.SoaRequirement;
import dev.ordo.risktreatment.SoaEntry.SoaRisk;
import dev.ordo.risktreatment.SoaSignatory;
import dev.ordo.risktreatment.SoaStatus;
import dev.ordo.risktreatment.SoaVersionView;
import dev.ordo.risktreatment.StatementOfApplicability;
import dev.ordo.risktreatment.StatementOfApplicability.Counts;
import dev.ordo.risktreatment.StatementOfApplicabilityApproved;
import dev.ordo.risktreatment.StatementOfApplicabilityRejected;
import dev.ordo.risktreatment.StatementOfApplicabilitySubmitted;
import dev.ordo.risktreatment.domain.ApplicabilityRules;
import dev.ordo.risktreatment.domain.RiskTreatment;
import dev.ordo.risktreatment.domain.RiskTreatmentRepository;
import dev.ordo.risktreatment.domain.ScopeStatement;
import dev.ordo.risktreatment.domain.ScopeStatementRepository;
import dev.ordo.risktreatment.domain.SoaDecision;
import dev.ordo.risktreatment.domain.SoaDecisionRepository;
import dev.ordo.risktreatment.domain.SoaVersion;
import dev.ordo.risktreatment.domain.SoaVersionRepository;
import dev.ordo.risktreatment.domain.SoaVersionRow;
import dev.ordo.shared.ChangedSinceRead;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;
import dev.ordo.shared.SavedConcurrently;
import dev.ordo.workflow.WorkflowTask;
import dev.ordo.workflow.Workflows;

/**
 * The Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d; TS 27022 7.5): the draft computed from risk
 * treatments, applied controls, mappings and explicit decisions, in a fixed number of statements whatever the size of
 * the data; versions frozen on submission and approved by top management in the BPMN model {@value #PROCESS_KEY}.
 * Every version freezes the statement of the ISMS scope it applies to (4.3). ISMS managers state the scope, decide
 * and submit; top management approves; every member reads.
 */
@Service
public class SoaService {

	public static final String PROCESS_KEY = "soaApproval";

	public static final String DECISION_FORM = "risktreatment/soa-decision";

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The rows of a version as stored, with the scope statement they apply to; the fingerprint is of this text, so
	 * it covers the scope too. Versions frozen before the scope was recorded read with none.
	 */
	record Snapshot(String catalogTitle, String scopeStatement, Instant generatedAt, List<SoaEntry> controls) {
	}

	static final String SCOPE_MISSING = "The scope statement of the ISMS is missing: state the scope the Statement "
			+ "of Applicability applies to (ISO/IEC 27001:2022 4.3) before submitting";

	private final SoaDecisionRepository decisions;

	private final SoaVersionRepository versions;

	private final RiskTreatmentRepository treatments;

	private final ScopeStatementRepository scopes;

	private final RiskAssessment riskAssessment;

	private final SecurityImplementation implementation;

	private final Frameworks frameworks;

	private final Identity identity;

	private final Workflows workflows;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SoaService(SoaDecisionRepository decisions, SoaVersionRepository versions, RiskTreatmentRepository treatments,
			ScopeStatementRepository scopes, RiskAssessment riskAssessment, SecurityImplementation implementation,
			Frameworks frameworks, Identity identity, Workflows workflows, ApplicationEventPublisher events,
			Clock clock) {
		this.decisions = decisions;
		this.versions = versions;
		this.treatments = treatments;
		this.scopes = scopes;
		this.riskAssessment = riskAssessment;
		this.implementation = implementation;
		this.frameworks = frameworks;
		this.identity = identity;
		this.workflows = workflows;
		this.events = events;
		this.clock = clock;
	}

	/** The live Statement of Applicability of a catalog (default the built-in ISO/IEC 27001:2022 Annex A). */
	@Transactional(readOnly = true)
	public StatementOfApplicability draft(String catalogRef) {
		CurrentActor.require();
		CatalogView catalog = catalog(catalogRef);
		Map<UUID, MemberSummary> members = identity.membersById();
		List<SoaEntry> rows = rows(catalog, members);
		return new StatementOfApplicability(null, catalog.id(), catalog.title(),
				scopes.current().map(ScopeStatement::getStatement).orElse(null), null, SoaStatus.DRAFT, null, null,
				null, null, null, null, clock.instant(), Counts.of(rows), rows, null);
	}

	/** The organization's statement of the ISMS scope (ISO/IEC 27001:2022 4.3); an empty one until stated. */
	@Transactional(readOnly = true)
	public IsmsScope scope() {
		CurrentActor.require();
		return scopes.current().map(s -> view(s, identity.membersById())).orElse(new IsmsScope(null, null, null, 0));
	}

	/**
	 * States the scope of the ISMS the Statement of Applicability applies to (4.3); publishes
	 * {@link IsmsScopeStated}. Versions already submitted keep the statement they froze.
	 */
	@Transactional
	public IsmsScope stateScope(IsmsScopeRequest request) {
		return stateScope(request, null);
	}

	/**
	 * States the scope as {@link #stateScope(IsmsScopeRequest)}, made on {@code expectedVersion} when the caller says
	 * which version it read (0: not stated yet): if someone stated it since, nothing is written
	 * ({@link ChangedSinceRead}). Two first statements at the same moment: the later one is {@link SavedConcurrently}.
	 */
	@Transactional
	public IsmsScope stateScope(IsmsScopeRequest request, Long expectedVersion) {
		OrdoPrincipal actor = CurrentActor.requireRole(Role.ISMS_MANAGER.name());
		ScopeStatement stored = scopes.current().orElse(null);
		ChangedSinceRead.check("scope statement", expectedVersion, stored == null ? 0 : stored.getVersion());
		String statement = request == null || request.statement() == null || request.statement().isBlank() ? null
				: request.statement().strip();
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.rejectIf(statement == null, "statement", "is required: state the boundaries and applicability of the "
				+ "ISMS that the Statement of Applicability applies to");
		errors.rejectIf(statement != null && statement.length() > ScopeStatement.MAX_LENGTH, "statement",
				"must have at most " + ScopeStatement.MAX_LENGTH + " characters");
		errors.throwIfAny();
		ScopeStatement scope = stored == null ? new ScopeStatement() : stored;
		scope.state(statement, actor.userId(), clock.instant());
		// Written now: a first statement made at the same moment as another one is told, and the view has the version.
		scope = stored == null ? FirstSave.insert(scopes, scope, "scope statement") : scopes.saveAndFlush(scope);
		events.publishEvent(new IsmsScopeStated(CurrentActor.organizationId(), statement, actor.userId()));
		return view(scope, identity.membersById());
	}

	private static IsmsScope view(ScopeStatement s, Map<UUID, MemberSummary> members) {
		return new IsmsScope(s.getStatement(), RiskTreatmentService.ref(s.getUpdatedBy(), members), s.getUpdatedAt(),
				s.getVersion());
	}

	/** An explicit applicability decision for one control; publishes {@link ApplicabilityDecided}. */
	@Transactional
	public SoaEntry decide(String catalogRef, String controlId, ApplicabilityRequest request) {
		OrdoPrincipal actor = CurrentActor.requireRole(Role.ISMS_MANAGER.name());
		CatalogView catalog = catalog(catalogRef);
		Map<UUID, MemberSummary> members = identity.membersById();
		Map<String, SoaEntry> rows = rowsById(catalog, members);
		if (!rows.containsKey(controlId)) {
			throw new NotFound("Control", controlId);
		}
		InvalidInput.Collector errors = new InvalidInput.Collector();
		String justification = checkDecision(errors, rows, List.of(controlId), request.applicable(),
				request.justification());
		errors.throwIfAny();
		record(catalog, List.of(controlId), request.applicable(), justification, actor);
		return rowsById(catalog, members).get(controlId);
	}

	/**
	 * One decision for several controls (e.g. every development control excluded at once), all or nothing: an unknown
	 * control, or one that needs a justification when none is given, changes nothing. Publishes one
	 * {@link ApplicabilityDecided} per control, as deciding them one by one would; returns their rows.
	 */
	@Transactional
	public List<SoaEntry> decideAll(String catalogRef, BulkApplicabilityRequest request) {
		OrdoPrincipal actor = CurrentActor.requireRole(Role.ISMS_MANAGER.name());
		CatalogView catalog = catalog(catalogRef);
		Map<UUID, MemberSummary> members = identity.membersById();
		Map<String, SoaEntry> rows = rowsById(catalog, members);
		List<String> ids = request.controlIds() == null ? List.of()
				: request.controlIds().stream().filter(Objects::nonNull).map(String::trim).filter(id -> !id.isEmpty())
					.distinct().toList();
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.rejectIf(ids.isEmpty(), "controlIds", "choose at least one control");
		List<String> unknown = ids.stream().filter(id -> !rows.containsKey(id)).toList();
		errors.rejectIf(!unknown.isEmpty(), "controlIds", "not controls of " + catalog.title() + ": " + listed(unknown));
		List<String> known = ids.stream().filter(rows::containsKey).toList();
		String justification = checkDecision(errors, rows, known, request.applicable(), request.justification());
		errors.throwIfAny();
		record(catalog, ids, request.applicable(), justification, actor);
		Map<String, SoaEntry> after = rowsById(catalog, members);
		return ids.stream().map(after::get).toList();
	}

	/** The rules of a decision (ISO/IEC 27001:2022 6.1.3 d) for each control; the justification as it is kept. */
	private static String checkDecision(InvalidInput.Collector errors, Map<String, SoaEntry> rows, List<String> ids,
			Boolean applicable, String given) {
		String justification = given == null || given.isBlank() ? null : given.trim();
		errors.rejectIf(applicable == null, "applicable", "must be true (applicable) or false (not applicable)");
		if (applicable != null && justification == null) {
			List<String> needing = ids.stream().filter(id -> ApplicabilityRules.needsJustification(applicable,
					rows.get(id).bases().stream().anyMatch(b -> !ApplicabilityRules.DECISION.equals(b)))).toList();
			if (!needing.isEmpty()) {
				errors.reject("justification", !applicable ? "is required to exclude a control"
						: ids.size() == 1 ? "is required: no risk, requirement or applied control calls for this control"
								: "is required: no risk, requirement or applied control calls for " + listed(needing));
			}
		}
		errors.rejectIf(justification != null && justification.length() > 4000, "justification",
				"must have at most 4000 characters");
		return justification;
	}

	private void record(CatalogView catalog, List<String> ids, boolean applicable, String justification,
			OrdoPrincipal actor) {
		Map<String, SoaDecision> stored = new HashMap<>();
		decisions.findByCatalogId(catalog.id()).forEach(d -> stored.put(d.getControlId(), d));
		Instant now = clock.instant();
		List<SoaDecision> changed = new ArrayList<>();
		for (String id : ids) {
			SoaDecision decision = stored.getOrDefault(id, new SoaDecision(catalog.id(), id));
			decision.decide(applicable, justification, actor.userId(), now);
			changed.add(decision);
		}
		decisions.saveAll(changed);
		ids.forEach(id -> events.publishEvent(new ApplicabilityDecided(CurrentActor.organizationId(), catalog.id(), id,
				applicable, justification, actor.userId())));
	}

	private Map<String, SoaEntry> rowsById(CatalogView catalog, Map<UUID, MemberSummary> members) {
		Map<String, SoaEntry> rows = new LinkedHashMap<>();
		rows(catalog, members).forEach(e -> rows.putIfAbsent(e.controlId(), e));
		return rows;
	}

	/** Up to ten control ids for a message, and how many more. */
	private static String listed(List<String> ids) {
		return String.join(", ", ids.subList(0, Math.min(10, ids.size())))
				+ (ids.size() > 10 ? " and " + (ids.size() - 10) + " more" : "");
	}

	/**
	 * Freezes the draft with the scope statement as the next version and starts its approval by top management.
	 * Refused (409) while another version waits for approval, while the scope of the ISMS is not stated (4.3: the
	 * controls are determined for that scope), and while a control is undecided, since the Statement of
	 * Applicability must state for every control whether it is included or excluded (ISO/IEC 27001:2022 6.1.3 d).
	 */
	@Transactional
	public SoaVersionView submit(String catalogRef) {
		OrdoPrincipal actor = CurrentActor.requireRole(Role.ISMS_MANAGER.name());
		CatalogView catalog = catalog(catalogRef);
		Optional<SoaVersion> waiting = versions.findFirstByCatalogIdAndStatusOrderByNumberDesc(catalog.id(),
				SoaStatus.SUBMITTED);
		if (waiting.isPresent()) {
			throw new Conflict("Version " + waiting.get().getNumber()
					+ " of the Statement of Applicability is still waiting for approval");
		}
		String scope = scopes.current().map(ScopeStatement::getStatement)
			.orElseThrow(() -> new Conflict(SCOPE_MISSING));
		Map<UUID, MemberSummary> members = identity.membersById();
		Instant now = clock.instant();
		List<SoaEntry> rows = rows(catalog, members);
		Counts counts = Counts.of(rows);
		if (counts.undecided() > 0) {
			throw new Conflict(undecidedMessage(rows, counts.undecided()));
		}
		String content = JSON.writeValueAsString(new Snapshot(catalog.title(), scope, now, rows));
		SoaVersion version = versions.save(new SoaVersion(catalog.id(), versions.lastNumber(catalog.id()) + 1, content,
				counts(counts), actor.userId(), actor.displayName(), Role.ISMS_MANAGER.name(), now));
		Map<String, Object> variables = new HashMap<>();
		variables.put("submittedBy", actor.userId().toString());
		variables.put("catalogTitle", catalog.title());
		variables.put("number", version.getNumber());
		version.startedAs(workflows.start(PROCESS_KEY, version.getId().toString(), variables));
		events.publishEvent(new StatementOfApplicabilitySubmitted(CurrentActor.organizationId(), version.getId(),
				catalog.id(), version.getNumber(), version.getApprovalInstanceId(), actor.userId()));
		return view(row(version), members);
	}

	/** Top management's decision, by completing the open approval task (the BPMN model decides what follows). */
	@Transactional
	public SoaVersionView decideVersion(UUID versionId, Boolean approved, String comment) {
		find(versionId);
		WorkflowTask task = decisionTask(versionId)
			.orElseThrow(() -> new Conflict("This version of the Statement of Applicability is not waiting for approval"));
		Map<String, Object> form = new HashMap<>();
		form.put("approved", approved);
		form.put("comment", comment);
		workflows.complete(task.id(), form);
		return view(row(find(versionId)), identity.membersById());
	}

	@Transactional(readOnly = true)
	public Optional<WorkflowTask> decisionTask(UUID versionId) {
		return workflows.openTasks(versionId.toString()).stream()
			.filter(t -> DECISION_FORM.equals(t.formKey()))
			.findFirst();
	}

	/**
	 * Called by the BPMN model once top management approved: the version becomes the current one. The approver is
	 * kept with the name they have now and the role they decided in (the task is for top management only).
	 */
	@Transactional
	public void recordApproved(UUID versionId, UUID by, String comment, String instanceId) {
		SoaVersion version = find(versionId);
		version.approve(by, nameOf(by), Role.TOP_MANAGEMENT.name(), comment, clock.instant());
		events.publishEvent(new StatementOfApplicabilityApproved(CurrentActor.organizationId(), versionId,
				version.getCatalogId(), version.getNumber(), comment, instanceId, by));
	}

	/** Called by the BPMN model once top management rejected. */
	@Transactional
	public void recordRejected(UUID versionId, UUID by, String comment, String instanceId) {
		SoaVersion version = find(versionId);
		version.reject(by, nameOf(by), Role.TOP_MANAGEMENT.name(), comment, clock.instant());
		events.publishEvent(new StatementOfApplicabilityRejected(CurrentActor.organizationId(), versionId,
				version.getCatalogId(), version.getNumber(), comment, instanceId, by));
	}

	/** The version history of a catalog's Statement of Applicability, newest first (at most 100). */
	@Transactional(readOnly = true)
	public List<SoaVersionView> versions(String catalogRef) {
		CurrentActor.require();
		CatalogView catalog = catalog(catalogRef);
		Map<UUID, MemberSummary> members = identity.membersById();
		return versions.history(catalog.id()).stream().map(r -> view(r, members)).toList();
	}

	/** The current Statement of Applicability: the latest approved version; {@link NotFound} before the first. */
	@Transactional(readOnly = true)
	public StatementOfApplicability current(String catalogRef) {
		CurrentActor.require();
		CatalogView catalog = catalog(catalogRef);
		SoaVersion version = versions.findFirstByCatalogIdAndStatusOrderByNumberDesc(catalog.id(), SoaStatus.APPROVED)
			.orElseThrow(() -> new NotFound("Approved Statement of Applicability (none yet: see the draft at "
					+ "GET /api/v1/soa/draft and submit it with POST /api/v1/soa/versions) of catalog", catalog.id()));
		return statement(version, identity.membersById());
	}

	/** One version, by its id or by its number in the catalog's history. */
	@Transactional(readOnly = true)
	public StatementOfApplicability version(String idOrNumber, String catalogRef) {
		CurrentActor.require();
		return statement(findVersion(idOrNumber, catalogRef), identity.membersById());
	}

	/** The summary of one version, by its id or by its number in the catalog's history. */
	@Transactional(readOnly = true)
	public SoaVersionView versionSummary(String idOrNumber, String catalogRef) {
		CurrentActor.require();
		return view(row(findVersion(idOrNumber, catalogRef)), identity.membersById());
	}

	private SoaVersion findVersion(String idOrNumber, String catalogRef) {
		UUID id = uuidOrNull(idOrNumber);
		if (id != null) {
			return find(id);
		}
		try {
			int number = Integer.parseInt(idOrNumber);
			return versions.findByCatalogIdAndNumber(catalog(catalogRef).id(), number)
				.orElseThrow(() -> new NotFound("Statement of Applicability version", idOrNumber));
		}
		catch (NumberFormatException e) {
			throw new NotFound("Statement of Applicability version", idOrNumber);
		}
	}

	private SoaVersion find(UUID id) {
		return versions.findById(id).orElseThrow(() -> new NotFound("Statement of Applicability version", id));
	}

	private CatalogView catalog(String ref) {
		return frameworks.catalog(ref == null || ref.isBlank() ? Frameworks.ISO27001_2022 : ref.trim());
	}

	/**
	 * Every row of the catalog's Statement of Applicability: eight statements whatever the number of risks, applied
	 * controls, evidence links, mappings and decisions (treatments, titles of the risks still open, applied
	 * controls, evidence, members, mappings, catalogs, decisions), everything else is joined in memory.
	 */
	List<SoaEntry> rows(CatalogView catalog, Map<UUID, MemberSummary> members) {
		List<ControlView> controls = frameworks.statementControls(catalog.id());
		Map<String, List<CatalogMapping>> mappings = new HashMap<>();
		for (CatalogMapping m : frameworks.mappingsOf(catalog.id())) {
			mappings.computeIfAbsent(m.controlId(), k -> new ArrayList<>()).add(m);
		}
		Map<String, String> catalogTitles = new HashMap<>();
		frameworks.catalogs().forEach(c -> catalogTitles.put(c.id(), c.title()));
		Map<String, AppliedControlSummary> applied = new HashMap<>();
		for (AppliedControlSummary a : implementation.appliedControls()) {
			applied.put(key(a.catalogId(), a.controlId()), a);
		}
		Map<String, List<UUID>> risksByControl = new HashMap<>();
		Map<UUID, Instant> approvedAt = new HashMap<>();
		for (RiskTreatment t : treatments.findAll()) {
			for (ControlRef ref : t.controls()) {
				risksByControl.computeIfAbsent(key(ref.catalog(), ref.controlId()), k -> new ArrayList<>())
					.add(t.getRiskId());
			}
			if (t.getApprovedAt() != null) {
				approvedAt.put(t.getRiskId(), t.getApprovedAt());
			}
		}
		Set<UUID> riskIds = new java.util.HashSet<>();
		risksByControl.values().forEach(riskIds::addAll);
		// A closed risk no longer calls for a control: it justifies neither the control nor a mapped requirement.
		Map<UUID, String> titles = riskAssessment.openRiskTitles(riskIds);
		Map<String, SoaDecision> decided = new HashMap<>();
		decisions.findByCatalogId(catalog.id()).forEach(d -> decided.put(d.getControlId(), d));
		List<SoaEntry> rows = new ArrayList<>(controls.size());
		for (ControlView c : controls) {
			Map<UUID, SoaRisk> risks = new LinkedHashMap<>();
			for (UUID riskId : risksByControl.getOrDefault(key(catalog.id(), c.id()), List.of())) {
				if (titles.containsKey(riskId)) {
					risks.putIfAbsent(riskId, new SoaRisk(riskId, titles.get(riskId), null, approvedAt.get(riskId)));
				}
			}
			List<SoaRequirement> requirements = new ArrayList<>();
			for (CatalogMapping m : mappings.getOrDefault(c.id(), List.of())) {
				String other = key(m.otherCatalogId(), m.otherControlId());
				AppliedControlSummary a = applied.get(other);
				List<UUID> otherRisks = risksByControl.getOrDefault(other, List.of());
				boolean appliedThere = a != null && a.status() != dev.ordo.implementation.ImplementationStatus.NOT_APPLICABLE;
				if (!appliedThere && otherRisks.stream().noneMatch(titles::containsKey)) {
					continue;
				}
				String label = a != null ? a.controlLabel() : m.otherControlId();
				requirements.add(new SoaRequirement(m.otherCatalogId(), catalogTitles.get(m.otherCatalogId()),
						m.otherControlId(), label, m.relationship(), appliedThere ? a.status().name() : null,
						appliedThere ? a.id() : null, appliedThere ? evidence(a) : List.of()));
				for (UUID riskId : otherRisks) {
					if (titles.containsKey(riskId)) {
						risks.putIfAbsent(riskId, new SoaRisk(riskId, titles.get(riskId), label, approvedAt.get(riskId)));
					}
				}
			}
			AppliedControlSummary direct = applied.get(key(catalog.id(), c.id()));
			SoaDecision d = decided.get(c.id());
			rows.add(ApplicabilityRules.entry(
					new ApplicabilityRules.Control(c.id(), c.label(), c.title(), c.groupId(), c.groupTitle()),
					new ArrayList<>(risks.values()), direct == null ? null : implementation(direct), requirements,
					d == null ? null : new Decision(d.isApplicable(), d.getJustification(),
							RiskTreatmentService.ref(d.getDecidedBy(), members), d.getDecidedAt())));
		}
		return rows;
	}

	private static ApplicabilityRules.Implementation implementation(AppliedControlSummary a) {
		MemberRef owner = a.owner() == null ? null : new MemberRef(a.owner().userId(), a.owner().displayName());
		return new ApplicabilityRules.Implementation(a.id(), a.status().name(), owner, a.lastVerifiedOn(),
				a.lastVerificationResult() == null ? null : a.lastVerificationResult().name(), a.justification(),
				evidence(a));
	}

	private static List<SoaEntry.Evidence> evidence(AppliedControlSummary a) {
		return a.evidence().stream().map(e -> new SoaEntry.Evidence(e.url(), e.description())).toList();
	}

	private StatementOfApplicability statement(SoaVersion v, Map<UUID, MemberSummary> members) {
		Snapshot snapshot = JSON.readValue(v.getContent(), Snapshot.class);
		return new StatementOfApplicability(v.getId(), v.getCatalogId(), snapshot.catalogTitle(),
				snapshot.scopeStatement(), v.getNumber(),
				v.getStatus(), signatory(v.getCreatedBy(), v.getCreatedByName(), v.getCreatedByRole(), members),
				v.getCreatedAt(), signatory(v.getDecidedBy(), v.getDecidedByName(), v.getDecidedByRole(), members),
				v.getDecidedAt(), v.getDecisionComment(),
				v.getApprovalInstanceId(), snapshot.generatedAt(), Counts.of(snapshot.controls()),
				snapshot.controls(), sha256(v.getContent()));
	}

	/** The fingerprint of a version as stored: its scope statement and rows (hex). */
	static String sha256(String content) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", e);
		}
	}

	private static SoaVersionRow row(SoaVersion v) {
		return new SoaVersionRow(v.getId(), v.getCatalogId(), v.getNumber(), v.getStatus(), v.getCounts(),
				v.getCreatedBy(), v.getCreatedByName(), v.getCreatedByRole(), v.getCreatedAt(), v.getDecidedBy(),
				v.getDecidedByName(), v.getDecidedByRole(), v.getDecidedAt(), v.getDecisionComment(),
				v.getApprovalInstanceId());
	}

	private SoaVersionView view(SoaVersionRow r, Map<UUID, MemberSummary> members) {
		// Only a submitted version has an open task, and at most one is submitted at a time.
		String taskId = r.status() == SoaStatus.SUBMITTED ? decisionTask(r.id()).map(WorkflowTask::id).orElse(null)
				: null;
		return new SoaVersionView(r.id(), r.catalogId(), r.number(), r.status(),
				signatory(r.createdBy(), r.createdByName(), r.createdByRole(), members), r.createdAt(),
				signatory(r.decidedBy(), r.decidedByName(), r.decidedByRole(), members), r.decidedAt(),
				r.decisionComment(),
				r.approvalInstanceId(), taskId, counts(r.counts()));
	}

	/** How many controls are undecided and the first few of them, for the refusal to submit. */
	static String undecidedMessage(List<SoaEntry> rows, int undecided) {
		List<String> labels = rows.stream().filter(e -> e.applicable() == null).map(SoaEntry::label).limit(5).toList();
		return (undecided == 1 ? "1 control is" : undecided + " controls are") + " undecided ("
				+ String.join(", ", labels) + (undecided > labels.size() ? ", …" : "") + "): decide for each whether it "
				+ "applies (a justification is needed to exclude it) before submitting; ISO/IEC 27001:2022 6.1.3 d "
				+ "asks for a determination for every control";
	}

	private String nameOf(UUID userId) {
		return userId == null ? null : identity.member(userId).map(MemberSummary::displayName).orElse(null);
	}

	/**
	 * The name and role kept with the version; versions recorded before they were kept show today's name (or "former
	 * member") and no role.
	 */
	static SoaSignatory signatory(UUID userId, String name, String role, Map<UUID, MemberSummary> members) {
		if (userId == null) {
			return null;
		}
		if (name == null) {
			return new SoaSignatory(userId, RiskTreatmentService.ref(userId, members).displayName(), role,
					roleLabel(role));
		}
		return new SoaSignatory(userId, name, role, roleLabel(role));
	}

	private static String roleLabel(String role) {
		if (role == null) {
			return null;
		}
		try {
			return Role.valueOf(role).label();
		}
		catch (IllegalArgumentException e) {
			return role;
		}
	}

	static String counts(Counts c) {
		return c.controls() + "," + c.applicable() + "," + c.notApplicable() + "," + c.undecided() + ","
				+ c.inconsistent();
	}

	static Counts counts(String text) {
		String[] p = text.split(",");
		return new Counts(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
				Integer.parseInt(p[3]), Integer.parseInt(p[4]));
	}

	private static String key(String catalogId, String controlId) {
		return catalogId + "|" + controlId;
	}

	private static UUID uuidOrNull(String value) {
		try {
			return value != null && value.length() == 36 ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
