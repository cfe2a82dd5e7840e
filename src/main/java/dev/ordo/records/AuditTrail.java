package dev.ordo.records;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.records.domain.AuditTrailCursor;
import dev.ordo.records.domain.AuditTrailEntry;
import dev.ordo.records.domain.AuditTrailRepository;
import dev.ordo.shared.AuditableEvent;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.OrdoPrincipal;
import dev.ordo.shared.TenantContext;

/**
 * The audit trail of an organization (ISO/IEC 27001 7.5.3: control of documented information).
 *
 * <p>Entries are written in the same transaction as the change they describe, so a change and its entry commit or
 * roll back together: no change without its trace, no trace of a change that did not happen.
 */
@Service
public class AuditTrail {

	private final AuditTrailRepository entries;

	private final Clock clock;

	AuditTrail(AuditTrailRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AuditableEvent event) {
		UUID bound = TenantContext.boundOrNull();
		if (bound != null && !TenantContext.SYSTEM.equals(bound) && !bound.equals(event.organizationId())) {
			throw new IllegalStateException("Event of organization " + event.organizationId()
					+ " published while working in " + bound);
		}
		entries.save(new AuditTrailEntry(clock.instant(), event.actorId(), actorName(event), event.action(),
				event.subjectType(), event.subjectId(), event.summary()));
	}

	/**
	 * The trail, newest first, optionally narrowed to one record: the page after {@code cursor} (a page's
	 * {@code next}), or starting at {@code until}, or from the newest entry. Auditors and ISMS managers read it.
	 */
	@Transactional(readOnly = true)
	public AuditTrailPage search(String subjectType, String subjectId, String cursor, Instant until, int size) {
		CurrentActor.requireRole("ISMS_MANAGER", "AUDITOR", "TOP_MANAGEMENT");
		int limit = Math.min(Math.max(size, 1), 100);
		AuditTrailCursor from = blankToNull(cursor) != null ? AuditTrailCursor.parse(cursor)
				: until != null ? AuditTrailCursor.until(until) : AuditTrailCursor.START;
		// One entry more than asked tells whether there is a next page without counting the trail.
		List<AuditTrailEntry> found = entries.olderThan(blankToNull(subjectType), blankToNull(subjectId),
				from.occurredAt(), from.id(), Limit.of(limit + 1));
		List<AuditTrailEntry> page = found.subList(0, Math.min(limit, found.size()));
		String next = found.size() > limit ? AuditTrailCursor.after(page.get(page.size() - 1)).format() : null;
		return new AuditTrailPage(page.stream()
			.map(e -> new AuditTrailEntryView(e.getId(), e.getOccurredAt(), e.getActorId(), e.getActorName(),
					e.getAction(), e.getSubjectType(), e.getSubjectId(), e.getSummary()))
			.toList(), limit, next);
	}

	/** The name of the person acting, when the event's actor is the one signed in; else the id only. */
	private static String actorName(AuditableEvent event) {
		if (event.actorId() == null) {
			return "system";
		}
		return CurrentActor.principal().filter(p -> p.userId().equals(event.actorId()))
			.map(OrdoPrincipal::displayName).orElse(null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
