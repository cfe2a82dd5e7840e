package dev.ordo.identity;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** A personal API token was revoked and no longer authenticates. */
public record ApiTokenRevoked(UUID organizationId, UUID tokenId, String name, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "api-token";
	}

	@Override
	public String subjectId() {
		return tokenId.toString();
	}

	@Override
	public String summary() {
		return "API token '" + name + "' revoked";
	}
}
