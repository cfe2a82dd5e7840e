package dev.ordo.riskassessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A risk assessment run with what it produced, a page at a time: the risks it identified and the ratings it wrote.
 *
 * @param run     the run
 * @param risks   risks identified in it (one page)
 * @param ratings rating-history entries it wrote (the same page number)
 */
public record RiskAssessmentRunDetail(RiskAssessmentRunView run, Slice<ProducedRisk> risks,
		Slice<ProducedRating> ratings) {

	/** One page of a list and its total. */
	public record Slice<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
	}

	/** A risk the run identified, with its priority level now. */
	public record ProducedRisk(UUID id, String title, RiskKind kind, int priorityLevel, String priorityLevelName) {
	}

	/** A rating the run wrote. */
	public record ProducedRating(UUID id, UUID riskId, String riskTitle, RatingKind kind, int likelihood,
			int consequence, int level, String levelName, String reason, MemberRef ratedBy, Instant ratedAt) {
	}
}
