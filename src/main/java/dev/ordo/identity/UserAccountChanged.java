package dev.ordo.identity;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/**
 * A platform administrator disabled, enabled or reset the password of an account. Recorded in every organization
 * the person belongs to.
 */
public record UserAccountChanged(UUID organizationId, UUID userId, String username, String change, UUID actorId)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "user-account";
	}

	@Override
	public String subjectId() {
		return userId.toString();
	}

	@Override
	public String summary() {
		return "Account " + username + ": " + change;
	}
}
