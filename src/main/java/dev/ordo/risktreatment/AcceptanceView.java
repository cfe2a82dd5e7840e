package dev.ordo.risktreatment;

import java.time.Instant;
import java.util.UUID;

/**
 * One acceptance of a risk's residual risk by its owner. {@code workflowInstanceId} is the approval run that produced
 * it (lineage); an acceptance and the ones requested after it expired share the run. A {@code WITHDRAWN} one says
 * who changed what it was about, when, and what ({@code withdrawalReason}). {@code residualLevel} and
 * {@code residualLevelName} are the residual risk level the owner is asked to accept, as rated when requested.
 */
public record AcceptanceView(UUID id, UUID riskId, AcceptanceStatus status, MemberRef requestedBy,
		Instant requestedAt, MemberRef decidedBy, Instant decidedAt, String comment, Instant expiresAt,
		String workflowInstanceId, Integer residualLevel, String residualLevelName, MemberRef withdrawnBy,
		Instant withdrawnAt, String withdrawalReason) {
}
