package dev.ordo.risktreatment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Statement of Applicability of a catalog (ISO/IEC 27001:2022 6.1.3 d): every control with its applicability,
 * justification, implementation status and evidence. A draft is computed from the current data; a version is frozen
 * when submitted with the statement of the ISMS scope it applies to (4.3), and carries who submitted and who
 * approved it (named as they were then) and the approval run that produced it (lineage).
 *
 * @param id the version's id, {@code null} for the draft
 * @param scopeStatement the scope of the ISMS the statement applies to (ISO/IEC 27001:2022 4.3): as stated now for
 * the draft ({@code null} until stated), as frozen for a version ({@code null} in versions frozen before it was
 * recorded)
 * @param number the version number per catalog, {@code null} for the draft
 * @param approvalInstanceId the BPMN run of the approval (lineage), {@code null} for the draft
 * @param generatedAt when the rows were computed (the submission for a version)
 * @param contentSha256 the SHA-256 (hex) of the version's frozen scope statement and rows as stored, printed on its
 * exports so that a file can be tied to the version it was made from; {@code null} for the draft
 */
public record StatementOfApplicability(UUID id, String catalogId, String catalogTitle, String scopeStatement,
		Integer number, SoaStatus status, SoaSignatory createdBy, Instant createdAt, SoaSignatory decidedBy,
		Instant decidedAt, String decisionComment, String approvalInstanceId, Instant generatedAt, Counts counts,
		List<SoaEntry> controls, String contentSha256) {

	/** How many controls are applicable, excluded, undecided, and how many rows contradict themselves. */
	public record Counts(int controls, int applicable, int notApplicable, int undecided, int inconsistent) {

		public static Counts of(List<SoaEntry> entries) {
			int yes = 0;
			int no = 0;
			int open = 0;
			int odd = 0;
			for (SoaEntry e : entries) {
				if (e.applicable() == null) {
					open++;
				}
				else if (e.applicable()) {
					yes++;
				}
				else {
					no++;
				}
				if (!e.inconsistencies().isEmpty()) {
					odd++;
				}
			}
			return new Counts(entries.size(), yes, no, open, odd);
		}
	}
}
