package dev.ordo.riskassessment;

import java.util.UUID;

/** A person referred to by a risk-assessment record, with the name to show. */
public record MemberRef(UUID userId, String displayName) {
}
