package dev.ordo.risktreatment.domain;

import java.time.Instant;
import java.util.UUID;

import dev.ordo.risktreatment.SoaStatus;

/** A version of the Statement of Applicability without its rows, for the history. */
public record SoaVersionRow(UUID id, String catalogId, int number, SoaStatus status, String counts, UUID createdBy,
		String createdByName, String createdByRole, Instant createdAt, UUID decidedBy, String decidedByName,
		String decidedByRole, Instant decidedAt, String decisionComment, String approvalInstanceId) {
}
