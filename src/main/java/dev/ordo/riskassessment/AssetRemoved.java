package dev.ordo.riskassessment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** An asset was removed from the inventory. */
public record AssetRemoved(UUID organizationId, UUID assetId, String name, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "asset";
	}

	@Override
	public String subjectId() {
		return assetId.toString();
	}

	@Override
	public String summary() {
		return "Asset \"" + name + "\" removed";
	}
}
