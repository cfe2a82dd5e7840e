package dev.ordo.processes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How one organization runs one process (TS 27022 clause 5: the processes are tailored to the organization).
 *
 * @param applicable     whether the organization runs the process
 * @param justification  why not, when it does not
 * @param owner          the process owner
 * @param deputies       who stands in for the owner
 * @param targetLevel    the capability level aimed at, ISO/IEC 33020 level 0 to 5
 * @param notes          free notes
 * @param effectiveSince when the current tailoring took effect, {@code null} while the defaults apply
 * @param approvedBy     who approved it
 * @param changeId       the approved change that made it effective
 */
public record ProcessTailoringView(boolean applicable, String justification, MemberRef owner,
		List<MemberRef> deputies, int targetLevel, String notes, Instant effectiveSince, MemberRef approvedBy,
		UUID changeId) {
}
