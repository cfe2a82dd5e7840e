package dev.ordo.identity;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** A new organization was set up; process modules prepare their defaults for it. */
public record OrganizationCreated(UUID organizationId, String name, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "organization";
	}

	@Override
	public String subjectId() {
		return organizationId.toString();
	}

	@Override
	public String summary() {
		return "Organization '" + name + "' created";
	}
}
