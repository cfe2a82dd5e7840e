package dev.ordo.processes;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** The ISMS manager proposed a change to how a process is tailored; it waits for top management. */
public record TailoringChangeProposed(UUID organizationId, UUID changeId, String processKey, UUID actorId)
		implements AuditableEvent {

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
		return "Tailoring change of process " + processKey + " proposed";
	}
}
