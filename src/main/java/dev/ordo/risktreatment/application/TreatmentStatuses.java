package dev.ordo.risktreatment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.riskassessment.RiskAssessment;
import dev.ordo.risktreatment.PlanItemStatus;
import dev.ordo.risktreatment.TreatmentOption;
import dev.ordo.risktreatment.TreatmentStatus;
import dev.ordo.risktreatment.TreatmentStatus.PlanCounts;
import dev.ordo.risktreatment.domain.RiskAcceptance;
import dev.ordo.risktreatment.domain.RiskAcceptanceRepository;
import dev.ordo.risktreatment.domain.RiskTreatmentRepository;
import dev.ordo.risktreatment.domain.TreatmentPlanItemRepository;
import dev.ordo.shared.InvalidInput;

/**
 * The treatment status of a page of risks at once (ISO/IEC 27001:2022 6.1.3, TS 27022 7.5), for the risk register
 * and the API: which risks are treated, how far their plans are and whether their owners accepted what remains. Four
 * statements whatever the number of risks asked for (the risks, their options, their plans counted per status, their
 * latest acceptances), where reading {@link RiskTreatmentService#treatment} for each would take four per risk. Every
 * member reads.
 */
@Service
public class TreatmentStatuses {

	/** The most risks one read names: a page of the register holds at most as many. */
	public static final int MAX_RISKS = 100;

	private final RiskAssessment riskAssessment;

	private final RiskTreatmentRepository treatments;

	private final TreatmentPlanItemRepository items;

	private final RiskAcceptanceRepository acceptances;

	private final Clock clock;

	TreatmentStatuses(RiskAssessment riskAssessment, RiskTreatmentRepository treatments,
			TreatmentPlanItemRepository items, RiskAcceptanceRepository acceptances, Clock clock) {
		this.riskAssessment = riskAssessment;
		this.treatments = treatments;
		this.items = items;
		this.acceptances = acceptances;
		this.clock = clock;
	}

	/**
	 * The status of each of the given risks of the current organization, in the order given. An id that is no risk of
	 * the organization (unknown, or another organization's) is left out: it tells nothing, not even that it exists.
	 * More than {@link #MAX_RISKS} ids are {@link InvalidInput}.
	 */
	@Transactional(readOnly = true)
	public List<TreatmentStatus> of(Collection<UUID> riskIds) {
		Set<UUID> asked = new LinkedHashSet<>(riskIds);
		if (asked.size() > MAX_RISKS) {
			throw InvalidInput.of("riskIds", "at most " + MAX_RISKS + " risks at once");
		}
		if (asked.isEmpty()) {
			return List.of();
		}
		// The organization's risks among those asked: the other tables are read for these only.
		Set<UUID> risks = riskAssessment.riskTitles(asked).keySet();
		if (risks.isEmpty()) {
			return List.of();
		}
		Map<UUID, TreatmentOption> options = new HashMap<>();
		for (Object[] row : treatments.optionsOf(risks)) {
			options.put((UUID) row[0], (TreatmentOption) row[1]);
		}
		Map<UUID, PlanCounts> plans = plans(risks);
		Map<UUID, RiskAcceptance> latest = new HashMap<>();
		for (RiskAcceptance a : acceptances.latestOf(risks)) {
			latest.put(a.getRiskId(), a);
		}
		List<TreatmentStatus> statuses = new ArrayList<>(risks.size());
		for (UUID id : asked) {
			if (risks.contains(id)) {
				RiskAcceptance a = latest.get(id);
				statuses.add(new TreatmentStatus(id, options.get(id), plans.getOrDefault(id, PlanCounts.NONE),
						a == null ? null : a.getStatus(), a == null ? null : a.getExpiresAt()));
			}
		}
		return statuses;
	}

	private Map<UUID, PlanCounts> plans(Set<UUID> risks) {
		// Per risk: open, done, overdue, cancelled; overdue as PlanItemView.isOverdue (due before today, still open).
		Map<UUID, long[]> counts = new HashMap<>();
		for (Object[] row : items.countsOf(risks, LocalDate.now(clock))) {
			long[] c = counts.computeIfAbsent((UUID) row[0], id -> new long[4]);
			PlanItemStatus status = (PlanItemStatus) row[1];
			long n = ((Number) row[2]).longValue();
			if (status.isOpen()) {
				c[0] += n;
				c[2] += ((Number) row[3]).longValue();
			}
			else if (status == PlanItemStatus.DONE) {
				c[1] += n;
			}
			else {
				c[3] += n;
			}
		}
		Map<UUID, PlanCounts> plans = new HashMap<>();
		counts.forEach((id, c) -> plans.put(id, new PlanCounts(c[0], c[1], c[2], c[3])));
		return plans;
	}

	/**
	 * The risk ids of a request parameter, separated by commas, for {@link #of}: {@link InvalidInput} naming
	 * {@code field} when it is missing, names more than {@link #MAX_RISKS} or something that is not an id, so that a
	 * mistyped request is told what it sent rather than answered with fewer risks than it named.
	 */
	public static List<UUID> riskIds(String field, String text) {
		String[] parts = text == null || text.isBlank() ? new String[0] : text.split(",", -1);
		if (parts.length == 0) {
			throw InvalidInput.of(field, "must name the risks, as ids (UUID) separated by commas");
		}
		if (parts.length > MAX_RISKS) {
			throw InvalidInput.of(field, "at most " + MAX_RISKS + " risks at once (was " + parts.length + ")");
		}
		List<UUID> ids = new ArrayList<>(parts.length);
		for (String part : parts) {
			UUID id = parse(part.trim());
			if (id == null) {
				throw InvalidInput.of(field,
						"must be risk ids (UUID) separated by commas (was \"" + abbreviated(part.trim()) + "\")");
			}
			ids.add(id);
		}
		return ids;
	}

	private static UUID parse(String text) {
		// UUID.fromString also takes shortened groups such as 1-2-3-4-5: only the 36-character form is an id.
		if (text.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String abbreviated(String value) {
		return value.length() <= 60 ? value : value.substring(0, 60) + "…";
	}
}
