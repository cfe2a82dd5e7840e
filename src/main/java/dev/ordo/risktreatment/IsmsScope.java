package dev.ordo.risktreatment;

import java.time.Instant;

/**
 * The organization's statement of the scope of its ISMS (ISO/IEC 27001:2022 4.3), which the Statement of
 * Applicability applies to and every version of it freezes.
 *
 * @param statement the scope as stated, {@code null} until an ISMS manager states it (a version cannot be submitted
 * before)
 * @param updatedBy who stated it last, {@code null} until stated
 * @param updatedAt when, {@code null} until stated
 * @param version counts the statements, 0 until stated: a statement made on an older version is refused rather than
 * undoing someone else's (API {@code ETag} and {@code If-Match})
 */
public record IsmsScope(String statement, MemberRef updatedBy, Instant updatedAt, long version) {
}
