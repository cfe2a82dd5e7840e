package dev.ordo.risktreatment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A risk's treatment: {@code option} is {@code null} while none was chosen. {@code approvedBy} and
 * {@code approvalInstanceId} tell which acceptance run approved the plan (lineage); {@code acceptance} is the latest
 * acceptance, {@code acceptances} the history, newest first. {@code residualLevel} and {@code residualLevelName} are
 * the risk's residual rating now, {@code null} while it has none (acceptance needs one). {@code version} counts the
 * changes of option, rationale, controls and approval, 0 while none was saved: a change made on an older version is
 * refused rather than undoing someone else's (API {@code ETag} and {@code If-Match}).
 */
public record TreatmentView(UUID riskId, String riskTitle, MemberRef riskOwner, TreatmentOption option,
		String rationale, List<SelectedControl> controls, List<PlanItemView> planItems, MemberRef updatedBy,
		Instant updatedAt, MemberRef approvedBy, Instant approvedAt, String approvalInstanceId,
		AcceptanceView acceptance, List<AcceptanceView> acceptances, Integer residualLevel, String residualLevelName,
		long version) {
}
