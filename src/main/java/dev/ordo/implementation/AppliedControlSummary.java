package dev.ordo.implementation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An applied control as the Statement of Applicability shows it (ISO/IEC 27001:2022 6.1.3 d: whether the control is
 * implemented): status, owner, last verification and evidence links, read in bulk.
 *
 * @param evidence links to evidence, oldest first
 */
public record AppliedControlSummary(UUID id, String catalogId, String controlId, String controlLabel,
		ImplementationStatus status, String justification, MemberRef owner, LocalDate lastVerifiedOn,
		VerificationResult lastVerificationResult, List<Evidence> evidence) {

	/** A link to evidence. */
	public record Evidence(String url, String description) {
	}
}
