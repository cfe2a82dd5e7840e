package dev.ordo.implementation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of an applied control's verification history. */
public record VerificationView(UUID id, LocalDate verifiedOn, MemberRef verifiedBy, VerificationResult result,
		String notes, Instant recordedAt) {
}
