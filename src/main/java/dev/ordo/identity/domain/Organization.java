package dev.ordo.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organization (tenant). Platform-level: it is the tenant itself, so it carries no tenant column. */
@Entity
@Table(name = "organization")
public class Organization {

	@Id
	private UUID id;

	private String name;

	private Instant createdAt;

	protected Organization() {
	}

	public Organization(String name) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.createdAt = Instant.now();
	}

	public UUID getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
