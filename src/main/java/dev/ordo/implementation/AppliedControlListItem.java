package dev.ordo.implementation;

import java.time.LocalDate;
import java.util.UUID;

/** An applied control in the list; {@code overdue} with a reason when work or a verification is late. */
public record AppliedControlListItem(UUID id, String catalogId, String controlId, String controlLabel,
		String controlTitle, ImplementationStatus status, MemberRef owner, LocalDate dueDate, LocalDate lastVerifiedOn,
		VerificationResult lastVerificationResult, boolean overdue, String overdueReason) {
}
