package dev.ordo.risktreatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One control in a Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d): whether it is applicable, why (the risks
 * it treats, the requirements of other catalogs mapped to it, its implementation, an explicit decision), how far it
 * is implemented and with which evidence, and what contradicts itself.
 *
 * @param applicable {@code true} included, {@code false} excluded, {@code null} nobody decided and nothing requires it
 * @param bases why the control is included as far as the data shows: {@code RISK_TREATMENT}, {@code APPLIED_CONTROL},
 * {@code MAPPING} (and {@code DECISION} when an explicit decision says so)
 * @param justification the justification as one text, for exports and auditors
 * @param implementationStatus the status of the organization's applied control for it ({@code PLANNED} …
 * {@code NOT_APPLICABLE}), {@code null} when there is none
 * @param evidence the evidence of the control's own applied control (that of mapped controls is in
 * {@link SoaRequirement#evidence()})
 * @param inconsistencies contradictions to resolve, e.g. excluded although selected to treat a risk
 * @param effectiveStatus the implementation status that counts for the control: that of its own applied control, else
 * the most advanced of the applied controls mapped to it (a control implemented once counts for every mapped
 * requirement), {@code null} when neither exists
 * @param effectiveThrough the mapped control whose applied control gives {@code effectiveStatus}, {@code null} when the
 * status is the control's own or there is none
 */
public record SoaEntry(String controlId, String label, String title, String themeId, String theme,
		Boolean applicable, List<String> bases, String justification, List<SoaRisk> risks,
		List<SoaRequirement> requirements, Decision decision, String implementationStatus, MemberRef implementationOwner,
		LocalDate lastVerifiedOn, String lastVerificationResult, UUID appliedControlId, List<Evidence> evidence,
		List<String> inconsistencies, String effectiveStatus, SoaRequirement effectiveThrough) {

	/** Versions frozen before the effective status existed read with their own status as the effective one. */
	public SoaEntry {
		if (effectiveStatus == null && effectiveThrough == null) {
			effectiveStatus = implementationStatus;
		}
	}

	/**
	 * A risk whose treatment selected the control (directly or through the mapped control {@code via}).
	 *
	 * @param treatmentApprovedAt when the risk owner accepted the residual risk of this treatment (6.1.3 f),
	 * {@code null} while the treatment is not approved
	 */
	public record SoaRisk(UUID riskId, String title, String via, Instant treatmentApprovedAt) {
	}

	/**
	 * A control of another catalog mapped to this one that the organization applies or selected for a risk.
	 *
	 * @param catalogTitle the title of its catalog ({@code null} in versions frozen before it was recorded)
	 * @param relationship {@code related} or {@code partial}
	 * @param status the status of its applied control, {@code null} when it is only selected for a risk
	 * @param appliedControlId its applied control, {@code null} when it is only selected for a risk
	 * @param evidence the evidence of its applied control
	 */
	public record SoaRequirement(String catalogId, String catalogTitle, String controlId, String label,
			String relationship, String status, UUID appliedControlId, List<Evidence> evidence) {

		public SoaRequirement {
			evidence = evidence == null ? List.of() : List.copyOf(evidence);
		}

		/** The catalog as people name it: its title, else its id. */
		public String catalogName() {
			return catalogTitle != null ? catalogTitle : catalogId;
		}
	}

	/** An explicit applicability decision: who decided what, when, and why. */
	public record Decision(boolean applicable, String justification, MemberRef decidedBy, Instant decidedAt) {
	}

	/** A link to evidence of the control's implementation. */
	public record Evidence(String url, String description) {
	}
}
