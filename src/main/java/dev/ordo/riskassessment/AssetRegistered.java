package dev.ordo.riskassessment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** An asset was added to the inventory. */
public record AssetRegistered(UUID organizationId, UUID assetId, String name, AssetType type, UUID actorId)
		implements AuditableEvent {

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
		return "Asset \"" + name + "\" (" + type.label() + ") registered";
	}
}
