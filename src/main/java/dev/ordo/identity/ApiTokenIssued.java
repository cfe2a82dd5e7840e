package dev.ordo.identity;

import java.time.Instant;
import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** A personal API token was issued. */
public record ApiTokenIssued(UUID organizationId, UUID tokenId, String name, Instant expiresAt, UUID actorId)
		implements AuditableEvent {

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
		return "API token '" + name + "' issued, expires " + expiresAt;
	}
}
