package dev.ordo.records;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

	/** The trail, newest first, optionally narrowed to one record. Auditors and ISMS managers read it. */
	@Transactional(readOnly = true)
	public Page<AuditTrailEntryView> search(String subjectType, String subjectId, int page, int size) {
		CurrentActor.requireRole("ISMS_MANAGER", "AUDITOR", "TOP_MANAGEMENT");
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
				Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
		return entries.search(blankToNull(subjectType), blankToNull(subjectId), request)
			.map(e -> new AuditTrailEntryView(e.getId(), e.getOccurredAt(), e.getActorId(), e.getActorName(),
					e.getAction(), e.getSubjectType(), e.getSubjectId(), e.getSummary()));
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
