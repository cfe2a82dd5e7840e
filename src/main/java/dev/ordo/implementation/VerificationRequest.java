package dev.ordo.implementation;

import java.time.LocalDate;

/** A verification to record; {@code verifiedOn} defaults to today and may not lie in the future. */
public record VerificationRequest(LocalDate verifiedOn, VerificationResult result, String notes) {
}
