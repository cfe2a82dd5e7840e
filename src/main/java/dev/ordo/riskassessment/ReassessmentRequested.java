package dev.ordo.riskassessment;

import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * What risk assessment listens to: another process says that risks must be reassessed (TS 27022 7.4 inputs: changes
 * from change management, incidents from incident management, new or changed requirements from requirements
 * management). Risk assessment marks the affected risks "reassessment due": the risks on the given assets (and on
 * the assets that support them), the given risks, or every risk when both lists are empty.
 *
 * @param organizationId the organization
 * @param source         the requesting process, e.g. {@code change-management}, {@code incident-management}
 * @param reference      the record there, e.g. a change or incident id
 * @param reason         one line a person can read
 * @param assetIds       affected assets (may be empty)
 * @param riskIds        affected risks (may be empty)
 * @param actorId        who caused it, or {@code null}
 */
public record ReassessmentRequested(UUID organizationId, String source, String reference, String reason,
		List<UUID> assetIds, List<UUID> riskIds, UUID actorId) implements DomainEvent {

	public ReassessmentRequested {
		assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
		riskIds = riskIds == null ? List.of() : List.copyOf(riskIds);
	}
}
