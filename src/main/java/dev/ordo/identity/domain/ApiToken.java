package dev.ordo.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.platform.persistence.OrganizationOwned;

/**
 * A personal API token. Only a SHA-256 hash of the secret is stored: the secret is shown once when issued and can
 * never be read back.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends OrganizationOwned {

	@Id
	private UUID id;

	private UUID userId;

	private String name;

	private String tokenHash;

	private String tokenHint;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant revokedAt;

	private Instant lastUsedAt;

	protected ApiToken() {
	}

	public ApiToken(UUID userId, String name, String tokenHash, String tokenHint, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenHint = tokenHint;
		this.createdAt = Instant.now();
		this.expiresAt = expiresAt;
	}

	public boolean isActive(Instant now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}

	public void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	/** Notes use, at most every few minutes, so authentication does not turn every read into a write. */
	public boolean touch(Instant now) {
		if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(300))) {
			lastUsedAt = now;
			return true;
		}
		return false;
	}

	public UUID getId() {
		return id;
	}

	public UUID getUserId() {
		return userId;
	}

	public String getName() {
		return name;
	}

	public String getTokenHint() {
		return tokenHint;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

	public Instant getLastUsedAt() {
		return lastUsedAt;
	}
}
