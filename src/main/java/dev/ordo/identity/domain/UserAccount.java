package dev.ordo.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A local user account. Platform-level: one person may belong to several organizations. */
@Entity
@EntityListeners(DirectoryChanges.class)
@Table(name = "user_account")
public class UserAccount {

	@Id
	private UUID id;

	private String username;

	private String displayName;

	private String passwordHash;

	private boolean platformAdmin;

	private boolean enabled = true;

	private int failedLogins;

	private Instant lockedUntil;

	private UUID lastOrganizationId;

	private Instant createdAt;

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String passwordHash, boolean platformAdmin) {
		this.id = UUID.randomUUID();
		this.username = normalize(username);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.platformAdmin = platformAdmin;
		this.createdAt = Instant.now();
	}

	public static String normalize(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Counts a failed sign-in; after {@code maxFailures} in a row the account is locked for {@code lockout}. */
	public void recordFailedLogin(int maxFailures, Duration lockout, Instant now) {
		failedLogins++;
		if (failedLogins >= maxFailures) {
			lockedUntil = now.plus(lockout);
			failedLogins = 0;
		}
	}

	public void recordSuccessfulLogin() {
		failedLogins = 0;
		lockedUntil = null;
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	public void rememberOrganization(UUID organizationId) {
		this.lastOrganizationId = organizationId;
	}

	public UUID getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public boolean isPlatformAdmin() {
		return platformAdmin;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public int getFailedLogins() {
		return failedLogins;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public UUID getLastOrganizationId() {
		return lastOrganizationId;
	}
}
