package dev.ordo.identity.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.identity.Role;
import dev.ordo.platform.persistence.OrganizationOwned;

/** A person's membership of one organization and the roles they hold there. */
@Entity
@EntityListeners(DirectoryChanges.class)
@Table(name = "membership")
public class Membership extends OrganizationOwned {

	@Id
	private UUID id;

	private UUID userId;

	private String roles;

	private Instant createdAt;

	protected Membership() {
	}

	public Membership(UUID userId, Set<Role> roles) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.createdAt = Instant.now();
		changeRoles(roles);
	}

	public void changeRoles(Set<Role> newRoles) {
		this.roles = newRoles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	public Set<Role> roles() {
		return roles(roles);
	}

	/** Roles as stored: names separated by commas. */
	public static Set<Role> roles(String stored) {
		if (stored == null || stored.isBlank()) {
			return EnumSet.noneOf(Role.class);
		}
		return Arrays.stream(stored.split(",")).map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	public UUID getId() {
		return id;
	}

	public UUID getUserId() {
		return userId;
	}
}
