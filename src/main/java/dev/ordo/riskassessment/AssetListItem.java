package dev.ordo.riskassessment;

import java.time.Instant;
import java.util.UUID;

/** An asset in the inventory list, with its effective (inherited) protection needs. */
public record AssetListItem(UUID id, String name, AssetType type, MemberRef owner, String classification,
		int confidentiality, int integrity, int availability, int authenticity, boolean confidentialityInherited,
		boolean integrityInherited, boolean availabilityInherited, boolean authenticityInherited,
		int protectionLevel, Instant updatedAt) {
}
