package dev.ordo.riskassessment;

import java.time.Instant;
import java.util.UUID;

/**
 * A risk in the register; levels are 0 while not rated; {@code treatment} is how far its treatment has come, as risk
 * treatment reported it ({@link TreatmentState}).
 */
public record RiskListItem(UUID id, String title, RiskKind kind, UUID assetId, String assetName, String threatKey,
		String vulnerabilityKey, MemberRef owner, int inherentLevel, int currentLevel, int residualLevel,
		int priorityLevel, String priorityLevelName, boolean acceptable, boolean reassessmentDue, Instant identifiedAt,
		TreatmentState treatment) {
}
