package dev.ordo.riskassessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One asset with its protection needs (own and inherited) and its dependencies in both directions; {@code version}
 * counts its changes, including re-derived inherited needs (API {@code ETag} and {@code If-Match}).
 */
public record AssetView(UUID id, String name, AssetType type, String description, MemberRef owner,
		String classification, List<Protection> protection, List<AssetRef> supports, List<AssetRef> supportedBy,
		Instant createdAt, Instant updatedAt, long version) {

	/** Another asset this one is linked to. */
	public record AssetRef(UUID id, String name, AssetType type) {
	}
}
