package dev.ordo.risktreatment;

import java.util.UUID;

/** A person referred to by a risk-treatment record, with the name to show. */
public record MemberRef(UUID userId, String displayName) {
}
