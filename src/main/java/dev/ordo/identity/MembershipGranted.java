package dev.ordo.identity;

import java.util.Set;
import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** A person was made a member of the organization, or their roles there changed. */
public record MembershipGranted(UUID organizationId, UUID userId, String username, Set<Role> roles, UUID actorId)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "membership";
	}

	@Override
	public String subjectId() {
		return userId.toString();
	}

	@Override
	public String summary() {
		return username + " holds roles " + roles;
	}
}
