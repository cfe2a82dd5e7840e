package dev.ordo.riskassessment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.platform.persistence.OrganizationOwned;
import dev.ordo.riskassessment.RiskAssessmentRunKind;

/**
 * A run of the risk assessment process (TS 27022 7.4) that produced risks or ratings: a register entry, an import,
 * a reassessment. Risks name it in {@code identified_in_run}, rating-history entries in {@code run_id}.
 */
@Entity
@Table(name = "risk_assessment_run")
public class RiskAssessmentRun extends OrganizationOwned {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private RiskAssessmentRunKind kind;

	private String fileName;

	private Integer importedCount;

	private Integer rejectedCount;

	private String processInstanceId;

	private String triggerDescription;

	private UUID startedBy;

	private Instant startedAt;

	protected RiskAssessmentRun() {
	}

	public RiskAssessmentRun(RiskAssessmentRunKind kind, UUID startedBy, Instant startedAt) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
	}

	/** A reassessment: the BPMN run of the owner's task (if any) and what asked for it. */
	public RiskAssessmentRun reassessment(String processInstanceId, String trigger) {
		this.processInstanceId = processInstanceId;
		this.triggerDescription = trigger == null || trigger.length() <= 1000 ? trigger : trigger.substring(0, 1000);
		return this;
	}

	/** An import: the file, and once it is read, how many rows were taken and refused. */
	public RiskAssessmentRun file(String fileName) {
		this.fileName = fileName == null || fileName.length() <= 300 ? fileName : fileName.substring(0, 300);
		return this;
	}

	public void imported(int imported, int rejected) {
		this.importedCount = imported;
		this.rejectedCount = rejected;
	}

	public UUID getId() {
		return id;
	}

	public RiskAssessmentRunKind getKind() {
		return kind;
	}

	public String getFileName() {
		return fileName;
	}

	public Integer getImportedCount() {
		return importedCount;
	}

	public Integer getRejectedCount() {
		return rejectedCount;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public String getTriggerDescription() {
		return triggerDescription;
	}

	public UUID getStartedBy() {
		return startedBy;
	}

	public Instant getStartedAt() {
		return startedAt;
	}
}
