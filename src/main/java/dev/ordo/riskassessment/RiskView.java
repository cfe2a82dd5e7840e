package dev.ordo.riskassessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One risk with its ratings and their history, newest first; {@code lastAssessedAt} is where the periodic
 * reassessment interval counts from (ISO/IEC 27001 8.2); {@code identifiedIn} is the risk assessment run that
 * identified it (its lineage; {@code null} only for rows written outside Ordo). {@code version} counts the risk's
 * changes: a change made on an older version is refused rather than undoing someone else's (API {@code ETag} and
 * {@code If-Match}). {@code treatment} is how far its treatment has come, as risk treatment reported it
 * ({@link TreatmentState}); it is not one of the risk's changes and leaves {@code version} alone.
 */
public record RiskView(UUID id, String title, RiskKind kind, String description, UUID assetId, String assetName,
		String threatKey, String threatName, String vulnerabilityKey, String vulnerabilityName, String scenario,
		String consequenceCategory, MemberRef owner, Rating inherent, Rating current, Rating residual,
		boolean reassessmentDue, String reassessmentReason, MemberRef identifiedBy, Instant identifiedAt,
		Instant lastAssessedAt, RiskAssessmentRunView identifiedIn, List<RatingHistoryEntry> history,
		boolean closed, String closureReason, MemberRef closedBy, Instant closedAt,
		List<LifecycleEntry> lifecycle, TreatmentState treatment, long version) {
}
