package dev.ordo.implementation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An applied control with its evidence and verification history (newest first). */
public record AppliedControlView(UUID id, String catalogId, String controlId, String controlLabel,
		String controlTitle, ImplementationStatus status, String justification, MemberRef owner, LocalDate dueDate,
		String notes, LocalDate implementedOn, LocalDate lastVerifiedOn, MemberRef lastVerifiedBy,
		VerificationResult lastVerificationResult, LocalDate nextVerificationDue, boolean overdue,
		String overdueReason, Instant createdAt, Instant updatedAt, List<EvidenceView> evidence,
		List<VerificationView> verifications) {
}
