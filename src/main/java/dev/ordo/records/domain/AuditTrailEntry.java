package dev.ordo.records.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.platform.persistence.OrganizationOwned;

/** An immutable audit-trail entry. */
@Entity
@Table(name = "audit_trail_entry")
public class AuditTrailEntry extends OrganizationOwned {

	@Id
	private UUID id;

	private Instant occurredAt;

	private UUID actorId;

	private String actorName;

	private String action;

	private String subjectType;

	private String subjectId;

	private String summary;

	protected AuditTrailEntry() {
	}

	public AuditTrailEntry(Instant occurredAt, UUID actorId, String actorName, String action, String subjectType,
			String subjectId, String summary) {
		this.id = UUID.randomUUID();
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorName = actorName;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.summary = summary.length() > 1000 ? summary.substring(0, 1000) : summary;
	}

	public UUID getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public UUID getActorId() {
		return actorId;
	}

	public String getActorName() {
		return actorName;
	}

	public String getAction() {
		return action;
	}

	public String getSubjectType() {
		return subjectType;
	}

	public String getSubjectId() {
		return subjectId;
	}

	public String getSummary() {
		return summary;
	}
}
