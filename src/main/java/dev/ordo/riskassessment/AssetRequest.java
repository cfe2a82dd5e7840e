package dev.ordo.riskassessment;

import java.util.UUID;

/** Creates or changes an asset. Protection needs are levels 1 (normal) to 4 (very high). */
public record AssetRequest(String name, AssetType type, String description, UUID ownerId, String classification,
		Integer confidentiality, Integer integrity, Integer availability, Integer authenticity) {
}
