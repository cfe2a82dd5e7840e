package dev.ordo.processes;

import java.util.List;
import java.util.UUID;

/**
 * A proposed tailoring of one process.
 *
 * @param applicable    whether the organization runs the process
 * @param justification required when not applicable
 * @param ownerId       the process owner, a member of the organization
 * @param deputyIds     deputies, members other than the owner
 * @param targetLevel   ISO/IEC 33020 capability level 0 to 5
 * @param notes         free notes
 * @param reason        why the change is proposed, for the approver
 */
public record TailoringRequest(Boolean applicable, String justification, UUID ownerId, List<UUID> deputyIds,
		Integer targetLevel, String notes, String reason) {
}
