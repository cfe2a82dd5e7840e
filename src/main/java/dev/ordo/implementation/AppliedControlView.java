package dev.ordo.implementation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An applied control with its evidence and verification history (newest first). {@code version} counts its changes,
 * evidence added and verifications recorded included: a change made on an older version is refused rather than
 * undoing someone else's (API {@code ETag} and {@code If-Match}).
 */
public record AppliedControlView(UUID id, String catalogId, String controlId, String controlLabel,
		String controlTitle, ImplementationStatus status, String justification, MemberRef owner, LocalDate dueDate,
		String notes, LocalDate implementedOn, LocalDate lastVerifiedOn, MemberRef lastVerifiedBy,
		VerificationResult lastVerificationResult, LocalDate nextVerificationDue, boolean overdue,
		String overdueReason, Instant createdAt, Instant updatedAt, List<EvidenceView> evidence,
		List<VerificationView> verifications, long version) {
}
