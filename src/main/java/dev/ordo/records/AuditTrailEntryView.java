package dev.ordo.records;

import java.time.Instant;
import java.util.UUID;

/** One entry of the audit trail: who changed what, and when. */
public record AuditTrailEntryView(UUID id, Instant occurredAt, UUID actorId, String actorName, String action, String subjectType,
		String subjectId, String summary) {
}
