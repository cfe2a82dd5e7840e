package dev.ordo.risktreatment;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a Statement of Applicability in the history, without its rows.
 *
 * @param approvalInstanceId the approval's BPMN run (lineage)
 * @param approvalTaskId the open approval task while the version waits for top management, else {@code null}
 */
public record SoaVersionView(UUID id, String catalogId, int number, SoaStatus status, SoaSignatory createdBy,
		Instant createdAt, SoaSignatory decidedBy, Instant decidedAt, String decisionComment, String approvalInstanceId,
		String approvalTaskId, StatementOfApplicability.Counts counts) {
}
