package dev.ordo.riskassessment;

import java.util.List;
import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/**
 * Risks were marked "reassessment due" (ISO/IEC 27001 8.2): because of a change, an incident or a new requirement
 * ({@link ReassessmentRequested}), or because their planned interval ran out ({@code source}
 * {@value #PERIODIC}). One event per request, with the marked risks' ids.
 */
public record RisksMarkedForReassessment(UUID organizationId, String source, String reference, String reason,
		int risks, UUID actorId, List<UUID> riskIds) implements AuditableEvent {

	/** The source of marks made by the periodic reassessment. */
	public static final String PERIODIC = "periodic-reassessment";

	public RisksMarkedForReassessment {
		riskIds = riskIds == null ? List.of() : List.copyOf(riskIds);
	}

	@Override
	public String subjectType() {
		return "risk-register";
	}

	@Override
	public String subjectId() {
		return source + ":" + reference;
	}

	@Override
	public String summary() {
		return risks + " risk(s) due for reassessment after " + source + " " + reference + ": " + reason;
	}
}
