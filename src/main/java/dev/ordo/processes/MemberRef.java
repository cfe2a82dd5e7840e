package dev.ordo.processes;

import java.util.UUID;

/** A person referred to by a process record, with the name to show. */
public record MemberRef(UUID userId, String displayName) {
}
