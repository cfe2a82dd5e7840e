package dev.ordo.processes;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** Top management rejected a proposed tailoring change; nothing changed. */
public record TailoringChangeRejected(UUID organizationId, UUID changeId, String processKey, String comment,
		UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "tailoring-change";
	}

	@Override
	public String subjectId() {
		return changeId.toString();
	}

	@Override
	public String summary() {
		return "Tailoring change of process " + processKey + " rejected: " + comment;
	}
}
