package dev.ordo.riskassessment.domain;

import java.time.Instant;
import java.util.UUID;

import dev.ordo.riskassessment.RiskKind;

/** Projection of a risk for the register (no entity is loaded). */
public record RiskRow(UUID id, String title, RiskKind kind, UUID assetId, String assetName, String threatKey,
		String vulnerabilityKey, UUID ownerId, int inherentLevel, int currentLevel, int residualLevel,
		int priorityLevel, boolean reassessmentDue, Instant identifiedAt) {
}
