package dev.ordo.shared;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A change to organization data that the audit trail must record: who changed what, and when.
 *
 * <p>Every module's past-tense event implements it, so records control (TS 27022 8.2, ISO/IEC 27001 7.5.3) can keep
 * the trail without depending on any module.
 */
public interface AuditableEvent extends DomainEvent {

	/** The organization whose data changed. */
	UUID organizationId();

	/** The user who caused the change, {@code null} when the system acted on its own. */
	UUID actorId();

	/** Kind of record that changed, e.g. {@code process-tailoring}. */
	String subjectType();

	/** Identifier of the record that changed. */
	String subjectId();

	/** One line a person can read in the audit trail. */
	String summary();

	/** Short name of what happened, by default the event's type name. */
	default String action() {
		return getClass().getSimpleName();
	}
}
