package dev.ordo.identity;

import java.util.Set;
import java.util.UUID;

/** A person who belongs to the current organization, with their roles there. */
public record MemberSummary(UUID userId, String username, String displayName, Set<Role> roles) {
}
