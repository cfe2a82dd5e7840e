package dev.ordo.riskassessment.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.identity.Role;
import dev.ordo.platform.persistence.FirstSave;
import dev.ordo.platform.persistence.KeptPerOrganization;
import dev.ordo.riskassessment.RiskAssessmentRunKind;
import dev.ordo.riskassessment.RiskCriteriaChanged;
import dev.ordo.riskassessment.RiskCriteriaRequest;
import dev.ordo.riskassessment.RiskCriteriaView;
import dev.ordo.riskassessment.domain.CriteriaModel;
import dev.ordo.riskassessment.domain.RatingRemapping;
import dev.ordo.riskassessment.domain.RiskCriteria;
import dev.ordo.riskassessment.domain.RiskCriteriaRepository;
import dev.ordo.riskassessment.domain.RiskAssessmentRun;
import dev.ordo.riskassessment.domain.RiskAssessmentRunRepository;
import dev.ordo.riskassessment.domain.RiskRepository;
import dev.ordo.shared.ChangedSinceRead;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.OrdoPrincipal;
import dev.ordo.shared.SavedConcurrently;

/**
 * The organization's risk criteria. Ordo's defaults apply until the ISMS manager changes them (no row until then);
 * a change re-maps every existing rating by {@link CriteriaModel#remap the proportional rule} and records each
 * re-mapped rating in the risk's history. They include the organization's planned interval of risk assessment
 * (ISO/IEC 27001 8.2), falling back to the configured {@code ordo.risk-assessment.reassessment-interval}.
 */
@Service
public class RiskCriteriaService {

	static final String REMAP_REASON = "Re-mapped automatically: risk criteria changed (proportional rule)";

	private final RiskCriteriaRepository criteria;

	private final RiskRepository risks;

	private final RatingRemapping remapping;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration defaultReassessmentInterval;

	/**
	 * The criteria as last read, per organization: every register page and rating needs them, they change rarely,
	 * and only {@link #change} changes them (a look-up and three JSON documents parsed per request otherwise).
	 */
	private final KeptPerOrganization<Boolean, Stored> kept;

	/** The criteria in force, whether they are Ordo's defaults, when they were last changed, and their version. */
	private record Stored(CriteriaModel model, boolean defaults, Instant changedAt, long version) {
	}

	private final RiskAssessmentRunRepository runs;

	RiskCriteriaService(RiskCriteriaRepository criteria, RiskRepository risks, RatingRemapping remapping,
			RiskAssessmentRunRepository runs, ApplicationEventPublisher events, Clock clock,
			@Value("${ordo.risk-assessment.reassessment-interval:P365D}") Duration defaultReassessmentInterval,
			@Value("${ordo.risk-assessment.count-cache-ttl:PT30S}") Duration keptFor) {
		this.kept = new KeptPerOrganization<>(keptFor, 10_000);
		this.criteria = criteria;
		this.risks = risks;
		this.remapping = remapping;
		this.runs = runs;
		this.events = events;
		this.clock = clock;
		this.defaultReassessmentInterval = defaultReassessmentInterval;
	}

	/** The current organization's planned interval of risk assessment: its own, else the configured default. */
	@Transactional(readOnly = true)
	public Duration reassessmentInterval() {
		return criteria.findFirstBy().map(RiskCriteria::getReassessmentIntervalDays).map(Duration::ofDays)
			.orElse(defaultReassessmentInterval);
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public CriteriaModel model() {
		return stored().model();
	}

	private Stored stored() {
		return kept.get(CurrentActor.organizationId(), Boolean.TRUE, () -> criteria.findFirstBy()
			.map(c -> new Stored(c.model(), false, c.getChangedAt(), c.getVersion()))
			.orElseGet(() -> new Stored(CriteriaModel.defaults(), true, null, 0)));
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public RiskCriteriaView view() {
		Stored stored = stored();
		return view(stored.model(), stored.defaults(), stored.changedAt(), stored.version());
	}

	@Transactional
	public RiskCriteriaView change(RiskCriteriaRequest request) {
		return change(request, null);
	}

	/**
	 * Changes the criteria, made on {@code expectedVersion} when the caller says which version it read (0: Ordo's
	 * defaults): if another ISMS manager changed them since, nothing is written and no rating re-mapped
	 * ({@link ChangedSinceRead}). Two first changes at the same moment: the later one is {@link SavedConcurrently}.
	 */
	@Transactional
	public RiskCriteriaView change(RiskCriteriaRequest request, Long expectedVersion) {
		OrdoPrincipal actor = CurrentActor.requireRole(Role.ISMS_MANAGER.name());
		var stored = criteria.findFirstBy();
		ChangedSinceRead.check("risk criteria", expectedVersion, stored.map(RiskCriteria::getVersion).orElse(0L));
		CriteriaModel old = stored.map(RiskCriteria::model).orElseGet(CriteriaModel::defaults);
		if (Boolean.TRUE.equals(request.useDefaultReassessmentInterval())
				&& request.reassessmentIntervalDays() != null) {
			throw InvalidInput.of("reassessmentIntervalDays",
					"give either a number of days or useDefaultReassessmentInterval, not both");
		}
		CriteriaModel next = merge(old, request);
		next.validate();
		if (request.reason() != null && request.reason().length() > 2000) {
			throw InvalidInput.of("reason", "must have at most 2000 characters");
		}
		if (changesCriteria(request) && (request.reason() == null || request.reason().isBlank())) {
			throw InvalidInput.of("reason", "must be given: why the scales, levels, categories, matrix or acceptance "
					+ "threshold change is kept with the change in the audit trail");
		}
		Instant now = clock.instant();
		kept.changed(CurrentActor.organizationId());
		RiskCriteria entity = stored.orElse(null);
		if (entity == null) {
			// Inserted now: a first change made at the same moment as another one is told rather than a server error.
			entity = FirstSave.insert(criteria, new RiskCriteria(next, actor.userId(), now), "risk criteria");
		}
		else {
			entity.apply(next, actor.userId(), now);
			// Written now, so the view tells the version it made (the next If-Match).
			criteria.flush();
		}
		int remapped = remapAll(old, next, actor, now);
		// A category renamed in place takes its risks along, rather than leaving them with a name that is gone.
		CriteriaModel.categoryRenames(old.categories(), next.categories())
			.forEach((from, to) -> risks.renameConsequenceCategory(CurrentActor.organizationId(), from, to));
		events.publishEvent(new RiskCriteriaChanged(CurrentActor.organizationId(), entity.getId(),
				next.likelihood().size(), next.consequence().size(), next.riskLevels().size(),
				next.acceptanceThreshold(), next.reassessmentIntervalDays(), remapped,
				Members.trimToNull(request.reason()), actor.userId()));
		return view(next, false, now, entity.getVersion());
	}

	/**
	 * Whether the request changes what risks are assessed against (ISO/IEC 27001 6.1.2 a): such a change needs its
	 * reason, as the criteria page asks for one. The reassessment interval alone may change without one.
	 */
	private static boolean changesCriteria(RiskCriteriaRequest r) {
		return r.likelihood() != null || r.consequence() != null || r.riskLevels() != null
				|| r.consequenceCategories() != null || r.matrix() != null || r.acceptanceThreshold() != null;
	}

	/** Fills what the request leaves out from the old criteria, re-mapped where the scales changed. */
	static CriteriaModel merge(CriteriaModel old, RiskCriteriaRequest r) {
		List<CriteriaModel.Level> likelihood = r.likelihood() == null ? old.likelihood() : levels(r.likelihood());
		List<CriteriaModel.Level> consequence = r.consequence() == null ? old.consequence() : levels(r.consequence());
		List<CriteriaModel.Level> riskLevels = r.riskLevels() == null ? old.riskLevels() : levels(r.riskLevels());
		List<String> categories = r.consequenceCategories() == null ? old.categories() : r.consequenceCategories();
		boolean sizesOk = likelihood != null && consequence != null && riskLevels != null
				&& likelihood.size() >= CriteriaModel.MIN_SCALE && likelihood.size() <= CriteriaModel.MAX_SCALE
				&& consequence.size() >= CriteriaModel.MIN_SCALE && consequence.size() <= CriteriaModel.MAX_SCALE
				&& riskLevels.size() >= 2 && riskLevels.size() <= CriteriaModel.MAX_SCALE;
		List<List<Integer>> matrix = r.matrix() != null || !sizesOk ? r.matrix()
				: CriteriaModel.remapMatrix(old, likelihood.size(), consequence.size(), riskLevels.size());
		int threshold = r.acceptanceThreshold() != null ? r.acceptanceThreshold()
				: riskLevels == null ? old.acceptanceThreshold()
						: CriteriaModel.remap(old.acceptanceThreshold(), old.riskLevels().size(), riskLevels.size());
		Integer interval = Boolean.TRUE.equals(r.useDefaultReassessmentInterval()) ? null
				: r.reassessmentIntervalDays() != null ? r.reassessmentIntervalDays() : old.reassessmentIntervalDays();
		return new CriteriaModel(likelihood, consequence, riskLevels, categories, matrix, threshold, interval);
	}

	private static List<CriteriaModel.Level> levels(List<RiskCriteriaRequest.Level> levels) {
		List<CriteriaModel.Level> result = new ArrayList<>();
		levels.forEach(l -> result.add(l == null ? null
				: new CriteriaModel.Level(l.name() == null ? null : l.name().trim(), Members.trimToNull(l.description()))));
		return result;
	}

	/**
	 * Re-maps every rating of the organization by rule, with a fixed number of statements ({@link RatingRemapping}).
	 * The re-mapping is a run of its own (lineage of the entries it writes), recorded only when it wrote any.
	 */
	private int remapAll(CriteriaModel old, CriteriaModel next, OrdoPrincipal actor, Instant now) {
		RiskAssessmentRun run = new RiskAssessmentRun(RiskAssessmentRunKind.CRITERIA_REMAPPING, actor.userId(), now);
		int count = remapping.remap(CurrentActor.organizationId(), old.remapping(next), REMAP_REASON, actor.userId(),
				now, run.getId());
		if (count > 0) {
			runs.save(run);
		}
		return count;
	}

	RiskCriteriaView view(CriteriaModel m, boolean defaults, Instant changedAt, long version) {
		return new RiskCriteriaView(scale(m.likelihood()), scale(m.consequence()), scale(m.riskLevels()), m.categories(),
				m.matrix(), m.acceptanceThreshold(), m.reassessmentIntervalDays(), defaultReassessmentInterval.toDays(),
				defaults, changedAt, version);
	}

	static List<RiskCriteriaView.ScaleLevel> scale(List<CriteriaModel.Level> levels) {
		return IntStream.range(0, levels.size())
			.mapToObj(i -> new RiskCriteriaView.ScaleLevel(i + 1, levels.get(i).name(), levels.get(i).description()))
			.toList();
	}
}
