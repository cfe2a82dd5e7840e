package dev.ordo.records.domain;

import java.time.Instant;
import java.util.UUID;

import dev.ordo.shared.InvalidInput;

/**
 * A position in the audit trail: entries strictly older than this one (time, then id) come after it. Written as
 * {@code <epoch seconds>.<nanoseconds>~<id>} so that it is URL-safe and readable in a log.
 */
public record AuditTrailCursor(Instant occurredAt, UUID id) {

	/** Before everything that can be stored: the start of the trail. */
	public static final AuditTrailCursor START = new AuditTrailCursor(Instant.parse("9999-12-31T23:59:59Z"),
			new UUID(-1L, -1L));

	public static AuditTrailCursor after(AuditTrailEntry entry) {
		return new AuditTrailCursor(entry.getOccurredAt(), entry.getId());
	}

	/** Entries at or before {@code until}: a jump to a point in time. */
	public static AuditTrailCursor until(Instant until) {
		return new AuditTrailCursor(until, new UUID(-1L, -1L));
	}

	public static AuditTrailCursor parse(String text) {
		try {
			int tilde = text.indexOf('~');
			int dot = text.indexOf('.');
			if (tilde < 0 || dot < 0 || dot > tilde) {
				throw new IllegalArgumentException(text);
			}
			return new AuditTrailCursor(Instant.ofEpochSecond(Long.parseLong(text.substring(0, dot)),
					Long.parseLong(text.substring(dot + 1, tilde))), UUID.fromString(text.substring(tilde + 1)));
		}
		catch (RuntimeException e) {
			throw InvalidInput.of("cursor", "Not a cursor of the audit trail; use the 'next' value of a page.");
		}
	}

	public String format() {
		return occurredAt.getEpochSecond() + "." + occurredAt.getNano() + "~" + id;
	}
}
