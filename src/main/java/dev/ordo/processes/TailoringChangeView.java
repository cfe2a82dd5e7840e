package dev.ordo.processes;

import java.time.Instant;
import java.util.UUID;

/**
 * A proposed change to a process's tailoring and what became of it.
 *
 * @param id                the change
 * @param processKey        the process
 * @param status            proposed, approved or rejected
 * @param proposed          the tailoring asked for
 * @param reason            why it was proposed
 * @param proposedBy        who proposed it
 * @param proposedAt        when
 * @param decidedBy         who approved or rejected it
 * @param decidedAt         when
 * @param decisionComment   the approver's comment
 * @param workflowInstanceId the approval run (lineage)
 */
public record TailoringChangeView(UUID id, String processKey, Status status, ProcessTailoringView proposed,
		String reason, MemberRef proposedBy, Instant proposedAt, MemberRef decidedBy, Instant decidedAt,
		String decisionComment, String workflowInstanceId) {

	/** Where a change stands. */
	public enum Status {
		PROPOSED, APPROVED, REJECTED
	}
}
