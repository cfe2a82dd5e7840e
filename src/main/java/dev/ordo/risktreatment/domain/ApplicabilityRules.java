package dev.ordo.risktreatment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.ordo.risktreatment.MemberRef;
import dev.ordo.risktreatment.SoaEntry;
import dev.ordo.risktreatment.SoaEntry.Decision;
import dev.ordo.risktreatment.SoaEntry.Evidence;
import dev.ordo.risktreatment.SoaEntry.SoaRequirement;
import dev.ordo.risktreatment.SoaEntry.SoaRisk;

/**
 * How one row of the Statement of Applicability follows from the data (ISO/IEC 27001:2022 6.1.3 d):
 * <ul>
 * <li>A control is included when a risk treatment selected it (6.1.3 b), when the organization applies it (planned or
 * further; an applied control marked not applicable does not count), or when a control of another catalog that is
 * applied or selected for a risk is mapped to it (6.1.3 c).</li>
 * <li>An explicit decision overrides what the data shows, so a control can be excluded with a justification, or
 * included for a reason the data does not hold (a contract, a law).</li>
 * <li>Without decision and without any reason the control is undecided: the SoA must say yes or no for every
 * control, so the page asks for a decision.</li>
 * <li>The implementation status that counts is that of the control's own applied control; without one, the most
 * advanced status of an applied control mapped to it (a control implemented once counts for every mapped
 * requirement), a {@code related} mapping before a {@code partial} one.</li>
 * <li>Contradictions are flagged, not resolved: excluded although selected for a risk or implemented, or an applied
 * control marked not applicable although the control is included.</li>
 * </ul>
 */
public final class ApplicabilityRules {

	/** Bases of an inclusion. */
	public static final String RISK_TREATMENT = "RISK_TREATMENT";

	public static final String APPLIED_CONTROL = "APPLIED_CONTROL";

	public static final String MAPPING = "MAPPING";

	public static final String DECISION = "DECISION";

	/** Implementation statuses from the least to the most advanced. */
	private static final List<String> PROGRESS = List.of("PLANNED", "IN_PROGRESS", "IMPLEMENTED", "VERIFIED");

	private ApplicabilityRules() {
	}

	/** What the implementation module knows of the control (its direct applied control), or {@code null}. */
	public record Implementation(UUID appliedControlId, String status, MemberRef owner, java.time.LocalDate lastVerifiedOn,
			String lastVerificationResult, String justification, List<Evidence> evidence) {
	}

	/** The control being described. */
	public record Control(String id, String label, String title, String themeId, String theme) {
	}

	public static SoaEntry entry(Control control, List<SoaRisk> risks, Implementation implementation,
			List<SoaRequirement> requirements, Decision decision) {
		boolean implemented = implementation != null && !"NOT_APPLICABLE".equals(implementation.status());
		List<String> bases = new ArrayList<>();
		if (!risks.isEmpty()) {
			bases.add(RISK_TREATMENT);
		}
		if (implemented) {
			bases.add(APPLIED_CONTROL);
		}
		if (!requirements.isEmpty()) {
			bases.add(MAPPING);
		}
		Boolean applicable;
		if (decision != null) {
			applicable = decision.applicable();
			if (decision.applicable()) {
				bases.add(DECISION);
			}
		}
		else {
			applicable = bases.isEmpty() ? null : Boolean.TRUE;
		}
		List<String> problems = new ArrayList<>();
		if (Boolean.FALSE.equals(applicable)) {
			if (!risks.isEmpty()) {
				problems.add("Marked not applicable, but selected to treat " + risks.size()
						+ (risks.size() == 1 ? " risk: " : " risks: ")
						+ risks.stream().map(SoaRisk::title).collect(Collectors.joining("; ")));
			}
			if (implemented && !"PLANNED".equals(implementation.status())) {
				problems.add("Marked not applicable, but its applied control is "
						+ implementation.status().toLowerCase().replace('_', ' '));
			}
		}
		if (Boolean.TRUE.equals(applicable) && implementation != null
				&& "NOT_APPLICABLE".equals(implementation.status())) {
			problems.add("Applicable, but its applied control is marked not applicable");
		}
		SoaRequirement through = implementation == null ? mostAdvanced(requirements) : null;
		return new SoaEntry(control.id(), control.label(), control.title(), control.themeId(), control.theme(),
				applicable, List.copyOf(bases), justification(applicable, risks, implementation, requirements, decision),
				List.copyOf(risks), List.copyOf(requirements), decision,
				implementation == null ? null : implementation.status(),
				implementation == null ? null : implementation.owner(),
				implementation == null ? null : implementation.lastVerifiedOn(),
				implementation == null ? null : implementation.lastVerificationResult(),
				implementation == null ? null : implementation.appliedControlId(),
				implementation == null ? List.of() : List.copyOf(implementation.evidence()), List.copyOf(problems),
				implementation != null ? implementation.status() : through == null ? null : through.status(), through);
	}

	/** The mapped control whose applied control is the furthest implemented, {@code null} when none is applied. */
	static SoaRequirement mostAdvanced(List<SoaRequirement> requirements) {
		SoaRequirement best = null;
		for (SoaRequirement r : requirements) {
			if (r.status() == null || !PROGRESS.contains(r.status())) {
				continue;
			}
			if (best == null || rank(r) > rank(best)) {
				best = r;
			}
		}
		return best;
	}

	private static int rank(SoaRequirement r) {
		return PROGRESS.indexOf(r.status()) * 2 + ("related".equals(r.relationship()) ? 1 : 0);
	}

	/**
	 * Whether an explicit decision needs a justification: always to exclude; to include only when nothing in the
	 * data calls for the control.
	 */
	public static boolean needsJustification(boolean applicable, boolean hasBasis) {
		return !applicable || !hasBasis;
	}

	/** The justification as one text, the way an auditor reads it. */
	static String justification(Boolean applicable, List<SoaRisk> risks, Implementation implementation,
			List<SoaRequirement> requirements, Decision decision) {
		List<String> parts = new ArrayList<>();
		if (decision != null && decision.justification() != null) {
			parts.add(decision.justification());
		}
		if (Boolean.FALSE.equals(applicable)) {
			return parts.isEmpty() ? "Not applicable" : String.join(" ", parts);
		}
		if (!risks.isEmpty()) {
			parts.add("Treats risk" + (risks.size() == 1 ? ": " : "s: ")
					+ risks.stream().map(SoaRisk::title).collect(Collectors.joining("; ")) + ".");
		}
		if (!requirements.isEmpty()) {
			parts.add("Required through mapped control" + (requirements.size() == 1 ? ": " : "s: ")
					+ requirements.stream().map(r -> r.label() + " (" + r.relationship() + ")")
						.collect(Collectors.joining("; ")) + ".");
		}
		if (implementation != null && !"NOT_APPLICABLE".equals(implementation.status())) {
			parts.add("Applied control: " + implementation.status().toLowerCase().replace('_', ' ') + ".");
		}
		if (parts.isEmpty()) {
			return applicable == null ? "Not decided yet" : "";
		}
		return String.join(" ", parts);
	}
}
