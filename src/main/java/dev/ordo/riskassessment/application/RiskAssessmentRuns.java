package dev.ordo.riskassessment.application;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.riskassessment.RiskAssessmentRunDetail;
import dev.ordo.riskassessment.RiskAssessmentRunDetail.ProducedRating;
import dev.ordo.riskassessment.RiskAssessmentRunDetail.ProducedRisk;
import dev.ordo.riskassessment.RiskAssessmentRunDetail.Slice;
import dev.ordo.riskassessment.RiskAssessmentRunKind;
import dev.ordo.riskassessment.RiskAssessmentRunView;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.domain.CriteriaModel;
import dev.ordo.riskassessment.domain.RiskAssessmentRun;
import dev.ordo.riskassessment.domain.RiskAssessmentRunRepository;
import dev.ordo.riskassessment.domain.RiskRating;
import dev.ordo.shared.NotFound;

/**
 * Runs of the risk assessment process (TS 27022 7.4) as the lineage of risks and ratings: each way a risk or a rating
 * comes about records the run it belongs to (one insert per register entry, one per import file, one per
 * reassessment), and a run's page lists what it produced.
 */
@Service
public class RiskAssessmentRuns {

	/** Most entries of a run's lists per page. */
	static final int MAX_PAGE = 100;

	private final RiskAssessmentRunRepository runs;

	private final Identity identity;

	private final RiskCriteriaService criteria;

	RiskAssessmentRuns(RiskAssessmentRunRepository runs, Identity identity, RiskCriteriaService criteria) {
		this.runs = runs;
		this.identity = identity;
		this.criteria = criteria;
	}

	/** Records a run that starts now; joins the caller's transaction. */
	RiskAssessmentRun record(RiskAssessmentRun run) {
		return runs.save(run);
	}

	RiskAssessmentRun registerEntry(UUID actorId, Instant now) {
		return record(new RiskAssessmentRun(RiskAssessmentRunKind.REGISTER_ENTRY, actorId, now));
	}

	/** The given runs of the current organization by id, in one statement; unknown ids are absent. */
	Map<UUID, RiskAssessmentRunView> views(Collection<UUID> ids, Map<UUID, MemberSummary> members) {
		Set<UUID> wanted = new HashSet<>(ids);
		wanted.remove(null);
		Map<UUID, RiskAssessmentRunView> views = new HashMap<>();
		if (!wanted.isEmpty()) {
			runs.findAllById(wanted).forEach(r -> views.put(r.getId(), view(r, members)));
		}
		return views;
	}

	/** One run with a page of the risks it identified and of the ratings it wrote; a fixed number of statements. */
	@Transactional(readOnly = true)
	public RiskAssessmentRunDetail run(UUID id, int page, int size) {
		RiskAssessmentRun run = runs.findById(id).orElseThrow(() -> new NotFound("Risk assessment run", id));
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE));
		Page<Object[]> risks = runs.risksIdentifiedIn(id, request);
		Page<Object[]> ratings = runs.ratingsWrittenIn(id, request);
		Set<UUID> people = new HashSet<>();
		people.add(run.getStartedBy());
		ratings.forEach(row -> people.add(((RiskRating) row[0]).getRatedBy()));
		Map<UUID, MemberSummary> members = identity.membersById(people);
		CriteriaModel model = criteria.model();
		return new RiskAssessmentRunDetail(view(run, members),
				slice(risks.map(row -> new ProducedRisk((UUID) row[0], (String) row[1], (RiskKind) row[2],
						(Integer) row[3], model.levelName((Integer) row[3])))),
				slice(ratings.map(row -> {
					RiskRating h = (RiskRating) row[0];
					return new ProducedRating(h.getId(), h.getRiskId(), (String) row[1], h.getKind(),
							h.getLikelihood(), h.getConsequence(), h.getLevel(), model.levelName(h.getLevel()),
							h.getReason(), Members.ref(h.getRatedBy(), members), h.getRatedAt());
				})));
	}

	static RiskAssessmentRunView view(RiskAssessmentRun r, Map<UUID, MemberSummary> members) {
		return new RiskAssessmentRunView(r.getId(), r.getKind(), r.getKind().label(), r.getFileName(),
				r.getImportedCount(), r.getRejectedCount(), r.getProcessInstanceId(), r.getTriggerDescription(),
				Members.ref(r.getStartedBy(), members), r.getStartedAt());
	}

	private static <T> Slice<T> slice(Page<T> page) {
		return new Slice<>(List.copyOf(page.getContent()), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

	/** Whether a reassessment reason (see {@link RiskService#markPeriodicallyDue}) came from the periodic sweep. */
	static RiskAssessmentRunKind reassessmentKind(String reason) {
		return reason != null && reason.startsWith(dev.ordo.riskassessment.RisksMarkedForReassessment.PERIODIC + " ")
				? RiskAssessmentRunKind.PERIODIC_REASSESSMENT : RiskAssessmentRunKind.TRIGGERED_REASSESSMENT;
	}
}
