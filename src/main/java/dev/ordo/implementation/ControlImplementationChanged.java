package dev.ordo.implementation;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/**
 * An applied control was created or changed. {@code previousStatus} is {@code null} on creation; {@code reason}
 * says why it was created on request of another process (risk treatment), else {@code null}.
 */
public record ControlImplementationChanged(UUID organizationId, UUID appliedControlId, String catalogId,
		String controlId, ImplementationStatus status, ImplementationStatus previousStatus, UUID ownerId,
		String reason, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "applied-control";
	}

	@Override
	public String subjectId() {
		return appliedControlId.toString();
	}

	@Override
	public String summary() {
		return "Control " + controlId + " (" + catalogId + ") "
				+ (previousStatus == null ? "applied as " + status.label()
						: previousStatus == status ? "changed" : previousStatus.label() + " → " + status.label());
	}
}
