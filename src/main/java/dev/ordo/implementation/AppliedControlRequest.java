package dev.ordo.implementation;

import java.util.UUID;

/**
 * An applied control to create or change. {@code catalog} (id or key) and {@code controlId} are fixed once created;
 * a change ignores them. {@code justification} is required when the status is NOT_APPLICABLE; {@code dueDate} is
 * an ISO date (YYYY-MM-DD).
 */
public record AppliedControlRequest(String catalog, String controlId, ImplementationStatus status,
		String justification, UUID ownerId, String dueDate, String notes) {
}
