package dev.ordo.risktreatment;

/** Where a Statement of Applicability stands (ISO/IEC 27001:2022 6.1.3 d, 7.5.2 review and approval). */
public enum SoaStatus {
	/** Computed from the current data, not frozen. */
	DRAFT,
	/** Frozen and waiting for top management's approval. */
	SUBMITTED,
	/** Approved by top management; the latest approved version is the current Statement of Applicability. */
	APPROVED,
	/** Rejected by top management, with a comment; kept for the record. */
	REJECTED
}
