package dev.ordo.processes;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/**
 * An approved tailoring change took effect: the process's applicability, owner, deputies or target level changed.
 * Downstream modules (performance evaluation, communication) take it as input.
 */
public record ProcessTailoringChanged(UUID organizationId, UUID changeId, String processKey, boolean applicable,
		UUID ownerId, int targetLevel, UUID approvedBy) implements AuditableEvent {

	@Override
	public UUID actorId() {
		return approvedBy;
	}

	@Override
	public String subjectType() {
		return "process-tailoring";
	}

	@Override
	public String subjectId() {
		return processKey;
	}

	@Override
	public String summary() {
		return "Tailoring of process " + processKey + " changed (approved change " + changeId + "): "
				+ (applicable ? "applicable" : "not applicable") + ", target level " + targetLevel;
	}
}
