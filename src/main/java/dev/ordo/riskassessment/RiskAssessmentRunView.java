package dev.ordo.riskassessment;

import java.time.Instant;
import java.util.UUID;

/**
 * One run of the risk assessment process (TS 27022 7.4) that produced risks or ratings: the lineage a risk and each
 * entry of its rating history show (ISO/IEC 27001:2022 6.1.2, 8.2).
 *
 * @param id                run id
 * @param kind              how the run came about
 * @param label             the kind as pages name it
 * @param fileName          imports: the file
 * @param importedCount     imports: rows taken
 * @param rejectedCount     imports: rows refused
 * @param processInstanceId reassessments: the BPMN run of the owner's task, where there is one ({@code /runs/{id}})
 * @param trigger           reassessments: what asked for it
 * @param startedBy         who started it ({@code null}: the system, or not recorded)
 * @param startedAt         when
 */
public record RiskAssessmentRunView(UUID id, RiskAssessmentRunKind kind, String label, String fileName,
		Integer importedCount, Integer rejectedCount, String processInstanceId, String trigger, MemberRef startedBy,
		Instant startedAt) {
}
