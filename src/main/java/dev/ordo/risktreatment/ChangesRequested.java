package dev.ordo.risktreatment;

import java.util.List;
import java.util.UUID;
import java.time.Instant;

import dev.ordo.shared.AuditableEvent;

/** Requests for change from an approved treatment plan: its open plan items, for change management. @param changes the open plan items */
public record ChangesRequested(UUID organizationId, UUID riskId, String riskTitle, List<Change> changes, UUID actorId) implements AuditableEvent {

	/** One requested change: a plan item of the approved treatment. */
	public record Change(UUID planItemId, String title, UUID ownerId, java.time.LocalDate dueDate) {
	}

	@Override
	public String subjectType() {
		return "risk-treatment";
	}

	@Override
	public String subjectId() {
		return riskId.toString();
	}

	@Override
	public String summary() {
		return "Changes requested for risk \"" + riskTitle + "\": " + changes.size();
	}
}
