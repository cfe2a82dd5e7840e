package dev.ordo.riskassessment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** An asset's details, protection needs or dependencies changed (what changed is in the summary). */
public record AssetChanged(UUID organizationId, UUID assetId, String name, String change, UUID actorId)
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
		return "Asset \"" + name + "\": " + change;
	}
}
