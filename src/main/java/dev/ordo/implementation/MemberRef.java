package dev.ordo.implementation;

import java.util.UUID;

/** A person referred to by an applied control, with the name to show. */
public record MemberRef(UUID userId, String displayName) {
}
