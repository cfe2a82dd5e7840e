package dev.ordo.risktreatment;

/**
 * An explicit applicability decision for one control (ISO/IEC 27001:2022 6.1.3 d): a justification is required to
 * exclude a control, and to include one that no risk, requirement or implementation calls for.
 */
public record ApplicabilityRequest(Boolean applicable, String justification) {
}
