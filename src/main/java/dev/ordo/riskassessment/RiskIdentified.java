package dev.ordo.riskassessment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** A risk was identified and entered in the register (ISO/IEC 27001 6.1.2 c). */
public record RiskIdentified(UUID organizationId, UUID riskId, String title, RiskKind kind, UUID assetId,
		UUID ownerId, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "risk";
	}

	@Override
	public String subjectId() {
		return riskId.toString();
	}

	@Override
	public String summary() {
		return "Risk \"" + title + "\" identified (" + (kind == RiskKind.ASSET_BASED ? "asset-based" : "event-based")
				+ ")";
	}
}
