package dev.ordo.riskassessment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** A risk's description, owner or scenario changed. */
public record RiskChanged(UUID organizationId, UUID riskId, String title, UUID ownerId, UUID actorId)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "risk";
	}

	@Override
	public String subjectId() {
		return riskId.toString();
	}

	@Override
	public String summary() {
		return "Risk \"" + title + "\" changed";
	}
}
