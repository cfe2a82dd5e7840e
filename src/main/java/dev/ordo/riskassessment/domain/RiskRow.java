package dev.ordo.riskassessment.domain;

import java.time.Instant;
import java.util.UUID;

import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.TreatmentState;

/** Projection of a risk for the register (no entity is loaded). */
public record RiskRow(UUID id, String title, RiskKind kind, UUID assetId, String assetName, String threatKey,
		String vulnerabilityKey, UUID ownerId, int inherentLevel, int currentLevel, int residualLevel,
		int priorityLevel, boolean reassessmentDue, Instant identifiedAt, TreatmentState treatmentState) {

	/** Without the asset's name, which the register reads for its page only (see {@link ListQueries#risks}). */
	public RiskRow(UUID id, String title, RiskKind kind, UUID assetId, String threatKey, String vulnerabilityKey,
			UUID ownerId, int inherentLevel, int currentLevel, int residualLevel, int priorityLevel,
			boolean reassessmentDue, Instant identifiedAt, TreatmentState treatmentState) {
		this(id, title, kind, assetId, null, threatKey, vulnerabilityKey, ownerId, inherentLevel, currentLevel,
				residualLevel, priorityLevel, reassessmentDue, identifiedAt, treatmentState);
	}

	RiskRow withAssetName(String name) {
		return new RiskRow(id, title, kind, assetId, name, threatKey, vulnerabilityKey, ownerId, inherentLevel,
				currentLevel, residualLevel, priorityLevel, reassessmentDue, identifiedAt, treatmentState);
	}
}
