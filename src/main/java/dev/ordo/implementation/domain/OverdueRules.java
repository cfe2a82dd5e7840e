package dev.ordo.implementation.domain;

import java.time.LocalDate;
import java.time.Period;

import dev.ordo.implementation.ImplementationStatus;

/**
 * When an applied control is overdue: planned or in progress past its due date; implemented or verified with the
 * last verification (or, never verified, the day it went into operation) older than the verification interval. The
 * list filter {@code overdue=true} states the same rules in JPQL ({@link AppliedControlQueries}).
 */
public record OverdueRules(Period interval) {

	/** Why the control is overdue on {@code today}, or {@code null} when it is not. */
	public String reason(ImplementationStatus status, LocalDate dueDate, LocalDate implementedOn,
			LocalDate lastVerifiedOn, LocalDate today) {
		if (status.open() && dueDate != null && dueDate.isBefore(today)) {
			return "due on " + dueDate;
		}
		LocalDate next = nextVerificationDue(status, implementedOn, lastVerifiedOn);
		if (next != null && next.isBefore(today)) {
			return lastVerifiedOn == null ? "never verified since " + implementedOn
					: "last verified on " + lastVerifiedOn;
		}
		return null;
	}

	/** The day by which a control in operation should next be verified, {@code null} for other statuses. */
	public LocalDate nextVerificationDue(ImplementationStatus status, LocalDate implementedOn,
			LocalDate lastVerifiedOn) {
		if (!status.inOperation()) {
			return null;
		}
		LocalDate since = lastVerifiedOn != null ? lastVerifiedOn : implementedOn;
		return since == null ? null : since.plus(interval);
	}

	/** Verifications on or before this day are too old on {@code today}. */
	public LocalDate verificationCutoff(LocalDate today) {
		return today.minus(interval);
	}
}
