package dev.ordo.riskassessment;

import java.time.Instant;
import java.util.UUID;

/** One change of one rating: who, when, why, and the values. {@code ratedBy} is null for changes the system made. */
public record RatingHistoryEntry(UUID id, RatingKind kind, int likelihood, int consequence, int level,
		String levelName, String reason, MemberRef ratedBy, Instant ratedAt) {
}
