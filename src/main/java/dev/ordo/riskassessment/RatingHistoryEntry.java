package dev.ordo.riskassessment;

import java.time.Instant;
import java.util.UUID;

/**
 * One change of one rating: who, when, why, the values, and the risk assessment run that wrote it (its lineage).
 * {@code ratedBy} is null for changes the system made.
 */
public record RatingHistoryEntry(UUID id, RatingKind kind, int likelihood, int consequence, int level,
		String levelName, String reason, MemberRef ratedBy, Instant ratedAt, RiskAssessmentRunView run) {
}
