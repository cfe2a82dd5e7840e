package dev.ordo.risktreatment;

/** A new statement of the scope of the ISMS (ISO/IEC 27001:2022 4.3): required, at most 4,000 characters. */
public record IsmsScopeRequest(String statement) {
}
