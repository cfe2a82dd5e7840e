package dev.ordo.implementation;

/**
 * A verification to record; {@code verifiedOn} (an ISO date, YYYY-MM-DD) defaults to today and may not lie in the
 * future.
 */
public record VerificationRequest(String verifiedOn, VerificationResult result, String notes) {
}
