package dev.ordo.riskassessment.domain;

import java.time.Instant;
import java.util.UUID;

import dev.ordo.riskassessment.AssetType;

/** Projection of an asset for lists (no entity is loaded). */
public record AssetRow(UUID id, String name, AssetType type, UUID ownerId, String classification, int confidentiality,
		int integrity, int availability, int authenticity, UUID confidentialitySource, UUID integritySource,
		UUID availabilitySource, UUID authenticitySource, int protectionLevel, Instant updatedAt) {
}
