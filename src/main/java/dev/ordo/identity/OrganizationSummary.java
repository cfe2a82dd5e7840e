package dev.ordo.identity;

import java.time.Instant;
import java.util.UUID;

/** An organization that runs an ISMS in Ordo. */
public record OrganizationSummary(UUID id, String name, Instant createdAt) {
}
