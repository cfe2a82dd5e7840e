package dev.ordo.riskassessment.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.riskassessment.HeatMap;
import dev.ordo.riskassessment.LibraryEntry;
import dev.ordo.riskassessment.LifecycleEntry;
import dev.ordo.riskassessment.Rating;
import dev.ordo.riskassessment.RatingHistoryEntry;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RatingRequest;
import dev.ordo.riskassessment.ReassessmentRequested;
import dev.ordo.riskassessment.RiskAssessmentRunKind;
import dev.ordo.riskassessment.RiskAssessmentRunView;
import dev.ordo.riskassessment.RiskChanged;
import dev.ordo.riskassessment.RiskClosed;
import dev.ordo.riskassessment.RiskReopened;
import dev.ordo.riskassessment.RiskIdentified;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskListItem;
import dev.ordo.riskassessment.RiskRated;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.RiskView;
import dev.ordo.riskassessment.RisksMarkedForReassessment;
import dev.ordo.riskassessment.domain.Asset;
import dev.ordo.riskassessment.domain.AssetRepository;
import dev.ordo.riskassessment.domain.CriteriaModel;
import dev.ordo.riskassessment.domain.KeptCounts;
import dev.ordo.riskassessment.domain.ListQueries;
import dev.ordo.riskassessment.domain.Risk;
import dev.ordo.riskassessment.domain.RiskAssessmentRun;
import dev.ordo.riskassessment.domain.RiskLibrary;
import dev.ordo.riskassessment.domain.RiskRating;
import dev.ordo.riskassessment.domain.RiskLifecycleEntry;
import dev.ordo.riskassessment.domain.RiskLifecycleRepository;
import dev.ordo.riskassessment.domain.RiskRatingRepository;
import dev.ordo.riskassessment.domain.RiskRepository;
import dev.ordo.riskassessment.domain.RiskRow;
import dev.ordo.shared.ChangedSinceRead;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;
import dev.ordo.workflow.WorkflowTask;
import dev.ordo.workflow.Workflows;

/**
 * The risk register: identification (ISO/IEC 27001 6.1.2 c), analysis and evaluation by rating (6.1.2 d, e) with a
 * history entry for every change of a rating, prioritization by level, the heat map, and reassessment on request.
 */
@Service
public class RiskService {

	/** The message that ends an open reassessment task when a new current rating is recorded (see the BPMN). */
	public static final String REASSESSED_MESSAGE = "riskReassessed";

	/** How many history entries the risk page and API show (newest first). */
	static final int HISTORY_LIMIT = 200;

	private final RiskRepository risks;

	private final RiskRatingRepository ratings;

	private final AssetRepository assets;

	private final AssetService assetService;

	private final RiskCriteriaService criteria;

	private final ListQueries lists;

	private final Identity identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Workflows workflows;

	private final KeptCounts keptCounts;

	private final RiskAssessmentRuns runs;

	private final RiskLifecycleRepository lifecycle;

	RiskService(RiskRepository risks, RiskRatingRepository ratings, AssetRepository assets, AssetService assetService,
			RiskCriteriaService criteria, ListQueries lists, Identity identity, ApplicationEventPublisher events,
			Clock clock, Workflows workflows, KeptCounts keptCounts, RiskAssessmentRuns runs,
			RiskLifecycleRepository lifecycle) {
		this.lifecycle = lifecycle;
		this.runs = runs;
		this.workflows = workflows;
		this.keptCounts = keptCounts;
		this.risks = risks;
		this.ratings = ratings;
		this.assets = assets;
		this.assetService = assetService;
		this.criteria = criteria;
		this.lists = lists;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	// Joins a caller's transaction, begins none: a read at volume (docs/architecture.md, tenancy and reads).
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Page<RiskListItem> register(ListQueries.RiskFilter filter, String sort, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
		CriteriaModel model = criteria.model();
		// A level the criteria do not have would quietly list nothing (or everything).
		if (filter.minLevel() != null && (filter.minLevel() < 1 || filter.minLevel() > model.riskLevels().size())) {
			throw InvalidInput.of("minLevel", "must be a risk level of the criteria (1 to " + model.riskLevels().size()
					+ ")");
		}
		Page<RiskRow> rows = lists.risks(filter, sort, request);
		Map<UUID, MemberSummary> members = identity.membersById(rows.map(RiskRow::ownerId).getContent());
		return rows.map(r -> new RiskListItem(r.id(), r.title(), r.kind(), r.assetId(), r.assetName(), r.threatKey(),
				r.vulnerabilityKey(), Members.ref(r.ownerId(), members), r.inherentLevel(), r.currentLevel(),
				r.residualLevel(), r.priorityLevel(), model.levelName(r.priorityLevel()),
				model.acceptable(r.priorityLevel()), r.reassessmentDue(), r.identifiedAt(), r.treatmentState()));
	}

	/**
	 * The heat map cell a register filter keeps, from a request's parameters: none when neither likelihood nor
	 * consequence is given; both must be levels of the organization's scales ({@code rating} defaults to the current
	 * rating, as the heat map does).
	 */
	public ListQueries.RatingCell cell(RatingKind rating, Integer likelihood, Integer consequence) {
		if (likelihood == null && consequence == null) {
			return null;
		}
		CriteriaModel model = criteria.model();
		InvalidInput.Collector errors = new InvalidInput.Collector();
		checkLevel(errors, "likelihood", likelihood, model.likelihood().size(), "consequence");
		checkLevel(errors, "consequence", consequence, model.consequence().size(), "likelihood");
		errors.throwIfAny();
		return new ListQueries.RatingCell(rating == null ? RatingKind.CURRENT : rating, likelihood, consequence);
	}

	private static void checkLevel(InvalidInput.Collector errors, String field, Integer level, int levels,
			String other) {
		errors.rejectIf(level == null, field, "must be given with " + other + " (a heat map cell)");
		errors.rejectIf(level != null && (level < 1 || level > levels), field,
				"must be a level of the " + field + " scale (1 to " + levels + ")");
	}

	@Transactional(readOnly = true)
	public RiskView risk(UUID id) {
		return view(find(id), identity.membersById(), criteria.model());
	}

	/** Titles of the given risks in one statement; unknown ids are left out. */
	@Transactional(readOnly = true)
	public Map<UUID, String> titles(Collection<UUID> ids) {
		return ids.isEmpty() ? new HashMap<>() : titles(risks.titlesOf(ids));
	}

	/** Titles of the given risks that are not closed, in one statement; unknown and closed ids are left out. */
	@Transactional(readOnly = true)
	public Map<UUID, String> openTitles(Collection<UUID> ids) {
		return ids.isEmpty() ? new HashMap<>() : titles(risks.openTitlesOf(ids));
	}

	private static Map<UUID, String> titles(List<Object[]> rows) {
		Map<UUID, String> titles = new HashMap<>();
		rows.forEach(row -> titles.put((UUID) row[0], (String) row[1]));
		return titles;
	}

	@Transactional
	public RiskView identify(RiskRequest request) {
		OrdoPrincipal actor = CurrentActor.requireRole(Members.EDITORS);
		Map<UUID, MemberSummary> members = identity.membersById();
		CriteriaModel model = criteria.model();
		validate(request, members, model);
		Instant now = clock.instant();
		Risk risk = new Risk(actor.userId(), now, runs.registerEntry(actor.userId(), now).getId());
		describe(risk, request);
		risks.save(risk);
		events.publishEvent(new RiskIdentified(CurrentActor.organizationId(), risk.getId(), risk.getTitle(),
				risk.getKind(), risk.getAssetId(), risk.getOwnerId(), actor.userId()));
		return view(risk, members, model);
	}

	@Transactional
	public RiskView update(UUID id, RiskRequest request) {
		return update(id, request, null);
	}

	/**
	 * Changes a risk's description, made on {@code expectedVersion} when the caller says which version it read: if
	 * someone changed the risk since, nothing is written ({@link ChangedSinceRead}).
	 */
	@Transactional
	public RiskView update(UUID id, RiskRequest request, Long expectedVersion) {
		OrdoPrincipal actor = CurrentActor.requireRole(Members.EDITORS);
		Risk risk = findOpen(id);
		ChangedSinceRead.check("risk", expectedVersion, risk.getVersion());
		Map<UUID, MemberSummary> members = identity.membersById();
		CriteriaModel model = criteria.model();
		validate(request, members, model);
		describe(risk, request);
		events.publishEvent(new RiskChanged(CurrentActor.organizationId(), risk.getId(), risk.getTitle(),
				risk.getOwnerId(), actor.userId()));
		return view(risk, members, model);
	}

	/** Rates a risk on the organization's scales; the level comes from the matrix, never from the caller. */
	@Transactional
	public RiskView rate(UUID id, RatingRequest request) {
		OrdoPrincipal actor = CurrentActor.requireRole(Members.EDITORS);
		Risk risk = findOpen(id);
		CriteriaModel model = criteria.model();
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.rejectIf(request.kind() == null, "kind", "must be INHERENT, CURRENT or RESIDUAL");
		int nl = model.likelihood().size();
		int nc = model.consequence().size();
		errors.rejectIf(request.likelihood() == null || request.likelihood() < 1 || request.likelihood() > nl,
				"likelihood", "must be a likelihood level from 1 to " + nl);
		errors.rejectIf(request.consequence() == null || request.consequence() < 1 || request.consequence() > nc,
				"consequence", "must be a consequence level from 1 to " + nc);
		errors.rejectIf(request.reason() == null || request.reason().isBlank(), "reason",
				"must say why (it is kept in the rating history)");
		errors.rejectIf(request.reason() != null && request.reason().length() > 2000, "reason",
				"must have at most 2000 characters");
		errors.throwIfAny();
		int level = model.level(request.likelihood(), request.consequence());
		Instant now = clock.instant();
		RiskAssessmentRun run = ratingRun(risk, request.kind(), actor.userId(), now);
		risk.rate(request.kind(), request.likelihood(), request.consequence(), level);
		risk.assessed(now);
		if (request.kind() == RatingKind.CURRENT) {
			// A new current rating is the reassessment: it ends the owner's open "Reassess" task in the same transaction.
			workflows.message(risk.getId().toString(), REASSESSED_MESSAGE);
		}
		String reason = request.reason().trim();
		ratings.save(new RiskRating(risk.getId(), request.kind(), request.likelihood(), request.consequence(), level,
				reason, actor.userId(), now, run.getId()));
		events.publishEvent(new RiskRated(CurrentActor.organizationId(), risk.getId(), risk.getTitle(), request.kind(),
				request.likelihood(), request.consequence(), level, model.levelName(level), model.acceptable(level),
				reason, actor.userId()));
		return view(risk, identity.membersById(), model);
	}

	/**
	 * The run a rating belongs to: a new current rating of a risk that is due is its reassessment (periodic or
	 * triggered, with the owner's reassessment task if one is open, which the rating ends); anything else is an
	 * entry in the register.
	 */
	private RiskAssessmentRun ratingRun(Risk risk, RatingKind kind, UUID actorId, Instant now) {
		if (kind != RatingKind.CURRENT || !risk.isReassessmentDue()) {
			return runs.registerEntry(actorId, now);
		}
		String instance = workflows.openTasks(risk.getId().toString()).stream()
			.filter(t -> PeriodicReassessment.TASK_FORM.equals(t.formKey())).map(WorkflowTask::processInstanceId)
			.findFirst().orElse(null);
		return runs.record(new RiskAssessmentRun(RiskAssessmentRuns.reassessmentKind(risk.getReassessmentReason()),
				actorId, now).reassessment(instance, risk.getReassessmentReason()));
	}

	/** Counts per matrix cell in one aggregate query. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public HeatMap heatMap(RatingKind kind) {
		RatingKind k = kind == null ? RatingKind.CURRENT : kind;
		CriteriaModel model = criteria.model();
		List<Object[]> cells = keptCounts.count(CurrentActor.organizationId(), KeptCounts.Register.RISKS, k,
				() -> lists.heatMapCells(k));
		int nl = model.likelihood().size();
		int nc = model.consequence().size();
		long[][] counts = new long[nl][nc];
		long unrated = 0;
		for (Object[] cell : cells) {
			Integer l = (Integer) cell[0];
			Integer c = (Integer) cell[1];
			long n = ((Number) cell[2]).longValue();
			if (l == null || c == null || l < 1 || l > nl || c < 1 || c > nc) {
				unrated += n;
			}
			else {
				counts[l - 1][c - 1] += n;
			}
		}
		List<List<Long>> rows = new ArrayList<>();
		for (long[] row : counts) {
			rows.add(java.util.Arrays.stream(row).boxed().toList());
		}
		return new HeatMap(k, RiskCriteriaService.scale(model.likelihood()),
				RiskCriteriaService.scale(model.consequence()), rows, model.matrix(), unrated);
	}

	/**
	 * Marks risks "reassessment due" for a change, incident or requirement elsewhere: the given risks, the risks on
	 * the given assets and on every asset supporting them, or all risks when nothing is named.
	 */
	@Transactional
	public int markReassessmentDue(ReassessmentRequested request) {
		List<Risk> affected;
		if (request.assetIds().isEmpty() && request.riskIds().isEmpty()) {
			affected = risks.findAll();
		}
		else {
			Set<Risk> found = new HashSet<>(risks.findAllById(request.riskIds()));
			if (!request.assetIds().isEmpty()) {
				found.addAll(risks.findByAssetIdIn(assetService.withSupporting(new HashSet<>(request.assetIds()))));
			}
			affected = new ArrayList<>(found);
		}
		affected.removeIf(Risk::isClosed);
		String reason = request.source() + " " + request.reference() + ": " + request.reason();
		affected.forEach(r -> r.markReassessmentDue(reason));
		if (!affected.isEmpty()) {
			events.publishEvent(new RisksMarkedForReassessment(CurrentActor.organizationId(), request.source(),
					request.reference(), request.reason(), affected.size(), request.actorId(),
					affected.stream().map(Risk::getId).toList()));
		}
		return affected.size();
	}

	/**
	 * Periodic reassessment (ISO/IEC 27001 8.2, "at planned intervals"): marks every risk of the current organization
	 * whose last assessment is older than {@code interval} before {@code now}. Risks already due stay as they are.
	 *
	 * @return the ids of the risks marked now
	 */
	@Transactional
	public List<UUID> markPeriodicallyDue(Instant now, Duration interval) {
		Instant cutoff = now.minus(interval);
		List<Risk> due = risks.assessedBefore(cutoff);
		String reference = now.atZone(ZoneOffset.UTC).toLocalDate().toString();
		String reason = "not assessed for " + interval.toDays() + " days";
		due.forEach(r -> r.markReassessmentDue(RisksMarkedForReassessment.PERIODIC + " " + reference + ": " + reason
				+ " (last " + r.getLastAssessedAt().atZone(ZoneOffset.UTC).toLocalDate() + ")"));
		List<UUID> ids = due.stream().map(Risk::getId).toList();
		if (!ids.isEmpty()) {
			events.publishEvent(new RisksMarkedForReassessment(CurrentActor.organizationId(),
					RisksMarkedForReassessment.PERIODIC, reference, reason, ids.size(), null, ids));
		}
		return ids;
	}

	/**
	 * The risk owner confirms the current rating in a periodic or triggered reassessment: the rating stands, a history
	 * entry records the confirmation and its reason, and the interval starts again.
	 */
	@Transactional
	public void confirmCurrentRating(UUID id, UUID ownerId, String comment, String processInstanceId) {
		Risk risk = find(id);
		int[] lc = risk.rating(RatingKind.CURRENT);
		if (lc == null) {
			throw InvalidInput.of("comment", "the risk has no current rating to confirm; rate it on its page");
		}
		CriteriaModel model = criteria.model();
		Instant now = clock.instant();
		int level = risk.level(RatingKind.CURRENT);
		RiskAssessmentRunKind kind = RiskAssessmentRuns.reassessmentKind(risk.getReassessmentReason());
		String reason = (kind == RiskAssessmentRunKind.PERIODIC_REASSESSMENT ? "Confirmed in periodic reassessment: "
				: "Confirmed in reassessment (" + risk.getReassessmentReason() + "): ") + comment.trim();
		RiskAssessmentRun run = runs.record(new RiskAssessmentRun(kind, ownerId, now)
			.reassessment(processInstanceId, risk.getReassessmentReason()));
		risk.settleReassessment();
		risk.assessed(now);
		ratings.save(new RiskRating(risk.getId(), RatingKind.CURRENT, lc[0], lc[1], level, reason, ownerId, now,
				run.getId()));
		events.publishEvent(new RiskRated(CurrentActor.organizationId(), risk.getId(), risk.getTitle(),
				RatingKind.CURRENT, lc[0], lc[1], level, model.levelName(level), model.acceptable(level), reason,
				ownerId));
	}

	Risk find(UUID id) {
		return risks.findById(id).orElseThrow(() -> new NotFound("Risk", id));
	}

	/** A closed risk is kept as it was closed: rating or editing it needs reopening first. */
	private Risk findOpen(UUID id) {
		Risk risk = find(id);
		if (risk.isClosed()) {
			throw new Conflict("The risk is closed; reopen it before changing or rating it");
		}
		return risk;
	}

	/**
	 * Closes (retires) a risk with a mandatory reason (ISO/IEC 27001 6.1.2, 8.2): it leaves the register's default
	 * view, the heat map and reassessment; who closed it, when and why are kept, and {@link RiskClosed} lets
	 * treatment withdraw a pending acceptance.
	 */
	@Transactional
	public RiskView close(UUID id, String reason) {
		OrdoPrincipal actor = CurrentActor.requireRole(Members.EDITORS);
		Risk risk = find(id);
		String why = lifecycleReason(reason);
		if (risk.isClosed()) {
			throw new Conflict("The risk is already closed");
		}
		Instant now = clock.instant();
		risk.close(why, actor.userId(), now);
		lifecycle.save(new RiskLifecycleEntry(risk.getId(), RiskLifecycleEntry.CLOSED, why, actor.userId(), now));
		// An open reassessment task of a closed risk has nothing left to assess.
		workflows.message(risk.getId().toString(), REASSESSED_MESSAGE);
		events.publishEvent(new RiskClosed(CurrentActor.organizationId(), risk.getId(), risk.getTitle(), why,
				actor.userId()));
		return view(risk, identity.membersById(), criteria.model());
	}

	/** Reopens a closed risk with a reason: it is back in the register and reassessed like any other. */
	@Transactional
	public RiskView reopen(UUID id, String reason) {
		OrdoPrincipal actor = CurrentActor.requireRole(Members.EDITORS);
		Risk risk = find(id);
		String why = lifecycleReason(reason);
		if (!risk.isClosed()) {
			throw new Conflict("The risk is not closed");
		}
		risk.reopen();
		lifecycle.save(new RiskLifecycleEntry(risk.getId(), RiskLifecycleEntry.REOPENED, why, actor.userId(),
				clock.instant()));
		events.publishEvent(new RiskReopened(CurrentActor.organizationId(), risk.getId(), risk.getTitle(), why,
				actor.userId()));
		return view(risk, identity.membersById(), criteria.model());
	}

	private static String lifecycleReason(String reason) {
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.rejectIf(reason == null || reason.isBlank(), "reason", "must say why (it is kept in the risk's history)");
		errors.rejectIf(reason != null && reason.length() > 2000, "reason", "must have at most 2000 characters");
		errors.throwIfAny();
		return reason.trim();
	}

	private void describe(Risk risk, RiskRequest r) {
		boolean assetBased = r.kind() == RiskKind.ASSET_BASED;
		risk.describe(r.title().trim(), r.kind(), Members.trimToNull(r.description()), assetBased ? r.assetId() : null,
				assetBased ? r.threatKey() : null, assetBased ? r.vulnerabilityKey() : null,
				Members.trimToNull(r.scenario()), Members.trimToNull(r.consequenceCategory()), r.ownerId());
	}

	private void validate(RiskRequest r, Map<UUID, MemberSummary> members, CriteriaModel model) {
		Map<String, String> found = problems(r, members, model, assets::existsById);
		if (!found.isEmpty()) {
			throw new InvalidInput(found);
		}
	}

	/** Every rule a new or changed risk breaks, by request field (shared by the forms, the API and imports). */
	static Map<String, String> problems(RiskRequest r, Map<UUID, MemberSummary> members, CriteriaModel model,
			Predicate<UUID> assetExists) {
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.rejectIf(r.title() == null || r.title().isBlank(), "title", "must be given");
		errors.rejectIf(r.title() != null && r.title().trim().length() > 300, "title",
				"must have at most 300 characters");
		errors.rejectIf(r.kind() == null, "kind", "must be ASSET_BASED or EVENT_BASED");
		errors.rejectIf(r.description() != null && r.description().length() > 4000, "description",
				"must have at most 4000 characters");
		errors.rejectIf(r.scenario() != null && r.scenario().length() > 4000, "scenario",
				"must have at most 4000 characters");
		errors.rejectIf(r.ownerId() == null, "ownerId", "every risk needs a risk owner (ISO/IEC 27001 6.1.2 c)");
		errors.rejectIf(r.ownerId() != null && !members.containsKey(r.ownerId()), "ownerId",
				"is not a member of this organization");
		errors.rejectIf(r.consequenceCategory() != null && !r.consequenceCategory().isBlank()
				&& !model.categories().contains(r.consequenceCategory().trim()), "consequenceCategory",
				"must be one of " + String.join(", ", model.categories()));
		if (r.kind() == RiskKind.ASSET_BASED) {
			errors.rejectIf(r.assetId() == null, "assetId", "an asset-based risk needs an asset");
			errors.rejectIf(r.assetId() != null && !assetExists.test(r.assetId()), "assetId",
					"is not an asset of this organization");
			errors.rejectIf(RiskLibrary.threat(r.threatKey()).isEmpty(), "threatKey",
					"must be a threat of the library");
			errors.rejectIf(RiskLibrary.vulnerability(r.vulnerabilityKey()).isEmpty(), "vulnerabilityKey",
					"must be a vulnerability of the library");
		}
		if (r.kind() == RiskKind.EVENT_BASED) {
			errors.rejectIf(r.scenario() == null || r.scenario().isBlank(), "scenario",
					"an event-based risk needs a scenario");
		}
		try {
			errors.throwIfAny();
			return Map.of();
		}
		catch (InvalidInput invalid) {
			return invalid.fieldErrors();
		}
	}

	private RiskView view(Risk r, Map<UUID, MemberSummary> members, CriteriaModel model) {
		// A change is written now, so the view tells the version it made (the next If-Match).
		risks.flush();
		String assetName = r.getAssetId() == null ? null
				: assets.findById(r.getAssetId()).map(Asset::getName).orElse(null);
		List<RiskRating> entries = ratings.findByRiskIdOrderByRatedAtDesc(r.getId(), PageRequest.of(0, HISTORY_LIMIT));
		// The runs of the risk and of its history in one statement, whatever the history's length.
		Set<UUID> runIds = new HashSet<>();
		runIds.add(r.getIdentifiedInRun());
		entries.forEach(h -> runIds.add(h.getRunId()));
		Map<UUID, RiskAssessmentRunView> lineage = runs.views(runIds, members);
		List<RatingHistoryEntry> history = entries.stream()
			.map(h -> new RatingHistoryEntry(h.getId(), h.getKind(), h.getLikelihood(), h.getConsequence(),
					h.getLevel(), model.levelName(h.getLevel()), h.getReason(), Members.ref(h.getRatedBy(), members),
					h.getRatedAt(), lineage.get(h.getRunId())))
			.toList();
		return new RiskView(r.getId(), r.getTitle(), r.getKind(), r.getDescription(), r.getAssetId(), assetName,
				r.getThreatKey(), RiskLibrary.threat(r.getThreatKey()).map(LibraryEntry::name).orElse(null),
				r.getVulnerabilityKey(),
				RiskLibrary.vulnerability(r.getVulnerabilityKey()).map(LibraryEntry::name).orElse(null),
				r.getScenario(), r.getConsequenceCategory(), Members.ref(r.getOwnerId(), members),
				rating(r, RatingKind.INHERENT, model), rating(r, RatingKind.CURRENT, model),
				rating(r, RatingKind.RESIDUAL, model), r.isReassessmentDue(), r.getReassessmentReason(),
				Members.ref(r.getIdentifiedBy(), members), r.getIdentifiedAt(), r.getLastAssessedAt(),
				lineage.get(r.getIdentifiedInRun()), history, r.isClosed(), r.getClosureReason(),
				r.getClosedBy() == null ? null : Members.ref(r.getClosedBy(), members), r.getClosedAt(),
				lifecycle.findByRiskIdOrderByActedAtDesc(r.getId()).stream()
					.map(e -> new LifecycleEntry(e.getAction(), e.getReason(),
							Members.ref(e.getActedBy(), members), e.getActedAt()))
					.toList(),
				r.getTreatmentState(), r.getVersion());
	}

	static Rating rating(Risk r, RatingKind kind, CriteriaModel model) {
		int[] lc = r.rating(kind);
		if (lc == null) {
			return null;
		}
		int level = r.level(kind);
		return new Rating(kind, lc[0], name(model.likelihood(), lc[0]), lc[1], name(model.consequence(), lc[1]), level,
				model.levelName(level), model.acceptable(level));
	}

	private static String name(List<CriteriaModel.Level> scale, int position) {
		return position >= 1 && position <= scale.size() ? scale.get(position - 1).name() : "?";
	}

}
