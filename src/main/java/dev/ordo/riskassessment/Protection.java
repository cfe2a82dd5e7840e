package dev.ordo.riskassessment;

import java.util.UUID;

/**
 * One protection need of an asset: its own level, the effective level after inheritance (maximum rule), and the asset
 * the effective level comes from ({@code null} when it is the asset's own).
 */
public record Protection(ProtectionGoal goal, int own, int effective, UUID sourceAssetId, String sourceAssetName) {

	public boolean inherited() {
		return sourceAssetId != null;
	}

	public String effectiveName() {
		return ProtectionGoal.levelName(effective);
	}
}
