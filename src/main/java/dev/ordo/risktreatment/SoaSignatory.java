package dev.ordo.risktreatment;

import java.util.UUID;

/**
 * Who submitted or decided a version of the Statement of Applicability, as they were named at that moment: the
 * record of approval is documented information that must not change when the person later leaves or is renamed
 * (ISO/IEC 27001:2022 7.5.3, 5.1 top management's approval).
 *
 * @param role the role they acted in ({@code ISMS_MANAGER} to submit, {@code TOP_MANAGEMENT} to decide);
 * {@code null} for versions recorded before names and roles were kept
 * @param roleLabel the role as people read it, e.g. "Top management"
 */
public record SoaSignatory(UUID userId, String displayName, String role, String roleLabel) {
}
