package dev.ordo.identity;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** A person was removed from the organization; their sessions and tokens lose access to it at once. */
public record MembershipRevoked(UUID organizationId, UUID userId, String username, UUID actorId)
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
		return username + " removed from the organization";
	}
}
