package dev.ordo.implementation.domain;

import java.time.LocalDate;
import java.util.UUID;

import dev.ordo.implementation.ImplementationStatus;
import dev.ordo.implementation.VerificationResult;

/** Projection of an applied control for the list (no entity is loaded). */
public record AppliedControlRow(UUID id, String catalogId, String controlId, String controlLabel,
		String controlTitle, ImplementationStatus status, UUID ownerId, LocalDate dueDate, LocalDate implementedOn,
		LocalDate lastVerifiedOn, VerificationResult lastVerificationResult) {
}
