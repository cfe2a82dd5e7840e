package dev.ordo.risktreatment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.ordo.platform.persistence.OrganizationOwned;
import dev.ordo.risktreatment.SoaStatus;
import dev.ordo.shared.Conflict;

/**
 * A frozen version of the Statement of Applicability of one catalog (ISO/IEC 27001:2022 6.1.3 d, 7.5.3 control of
 * documented information): its rows as JSON exactly as submitted, who submitted it, top management's decision and the
 * approval run (lineage). Submitter and decider are kept with the name and role they had when they acted. Only the
 * status and the decision change after submission.
 */
@Entity
@Table(name = "soa_version")
public class SoaVersion extends OrganizationOwned {

	@Id
	private UUID id;

	private String catalogId;

	private int number;

	@Enumerated(EnumType.STRING)
	private SoaStatus status;

	private String content;

	/** The counts of the rows ({@code controls,applicable,notApplicable,undecided,inconsistent}), for the history. */
	private String counts;

	private UUID createdBy;

	private String createdByName;

	private String createdByRole;

	private Instant createdAt;

	private UUID decidedBy;

	private String decidedByName;

	private String decidedByRole;

	private Instant decidedAt;

	private String decisionComment;

	private String approvalInstanceId;

	@Version
	private long version;

	protected SoaVersion() {
	}

	public SoaVersion(String catalogId, int number, String content, String counts, UUID createdBy,
			String createdByName, String createdByRole, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.catalogId = catalogId;
		this.number = number;
		this.status = SoaStatus.SUBMITTED;
		this.content = content;
		this.counts = counts;
		this.createdBy = createdBy;
		this.createdByName = createdByName;
		this.createdByRole = createdByRole;
		this.createdAt = createdAt;
	}

	public void startedAs(String approvalInstanceId) {
		this.approvalInstanceId = approvalInstanceId;
	}

	public void approve(UUID by, String byName, String byRole, String comment, Instant now) {
		requireSubmitted();
		decided(SoaStatus.APPROVED, by, byName, byRole, comment, now);
	}

	public void reject(UUID by, String byName, String byRole, String comment, Instant now) {
		requireSubmitted();
		if (comment == null || comment.isBlank()) {
			throw dev.ordo.shared.InvalidInput.of("comment", "is required when rejecting");
		}
		decided(SoaStatus.REJECTED, by, byName, byRole, comment, now);
	}

	private void decided(SoaStatus outcome, UUID by, String byName, String byRole, String comment, Instant now) {
		this.status = outcome;
		this.decidedBy = by;
		this.decidedByName = byName;
		this.decidedByRole = byRole;
		this.decidedAt = now;
		this.decisionComment = comment;
	}

	private void requireSubmitted() {
		if (status != SoaStatus.SUBMITTED) {
			throw new Conflict("Version " + number + " of the Statement of Applicability was already "
					+ status.name().toLowerCase());
		}
	}

	public UUID getId() {
		return id;
	}

	public String getCatalogId() {
		return catalogId;
	}

	public int getNumber() {
		return number;
	}

	public SoaStatus getStatus() {
		return status;
	}

	public String getContent() {
		return content;
	}

	public String getCounts() {
		return counts;
	}

	public UUID getCreatedBy() {
		return createdBy;
	}

	public String getCreatedByName() {
		return createdByName;
	}

	public String getCreatedByRole() {
		return createdByRole;
	}

	public String getDecidedByName() {
		return decidedByName;
	}

	public String getDecidedByRole() {
		return decidedByRole;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public UUID getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionComment() {
		return decisionComment;
	}

	public String getApprovalInstanceId() {
		return approvalInstanceId;
	}
}
