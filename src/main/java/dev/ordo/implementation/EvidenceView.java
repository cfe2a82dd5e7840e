package dev.ordo.implementation;

import java.time.Instant;
import java.util.UUID;

public record EvidenceView(UUID id, String url, String description, MemberRef addedBy, Instant addedAt) {
}
