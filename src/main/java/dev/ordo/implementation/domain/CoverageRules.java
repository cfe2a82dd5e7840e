package dev.ordo.implementation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;


import dev.ordo.implementation.Coverage.CoverageEntry;
import dev.ordo.implementation.Coverage.Satisfaction;
import dev.ordo.implementation.Coverage.Source;
import dev.ordo.implementation.ImplementationStatus;

/**
 * How a control of a target catalog is satisfied: a direct applied control decides if it is not applicable;
 * otherwise the best status among the direct and the fully mapped ({@code related}) applied controls counts (verified
 * over implemented over in progress over planned). A mapped control that is not applicable satisfies nothing. A
 * {@code partial} mapping says the other control does not meet the requirement's whole intent, so it is listed but
 * gives no status: claiming the requirement satisfied on its strength is what an auditor would refuse (ISO/IEC
 * 27001:2022 6.1.3 c asks that no necessary control be overlooked).
 */
public final class CoverageRules {

	private CoverageRules() {
	}

	private static final String PARTIAL = "partial";

	/** Higher is better; NOT_APPLICABLE ranks lowest. */
	static int rank(ImplementationStatus status) {
		return switch (status) {
			case VERIFIED -> 4;
			case IMPLEMENTED -> 3;
			case IN_PROGRESS -> 2;
			case PLANNED -> 1;
			case NOT_APPLICABLE -> 0;
		};
	}

	public static CoverageEntry entry(String controlId, String label, String title, Source direct,
			List<Source> mapped) {
		List<Source> sources = new ArrayList<>();
		if (direct != null) {
			sources.add(direct);
		}
		List<Source> usable = mapped.stream()
			.filter(s -> s.status() != ImplementationStatus.NOT_APPLICABLE)
			.sorted(Comparator.comparingInt((Source s) -> -rank(s.status()))
				.thenComparing(s -> PARTIAL.equals(s.relationship()))
				.thenComparing(Source::catalogId)
				.thenComparing(Source::controlId))
			.toList();
		sources.addAll(usable);
		if (direct != null && direct.status() == ImplementationStatus.NOT_APPLICABLE) {
			return new CoverageEntry(controlId, label, title, ImplementationStatus.NOT_APPLICABLE, Satisfaction.DIRECT,
					List.of(direct));
		}
		ImplementationStatus best = sources.stream()
			.filter(s -> !PARTIAL.equals(s.relationship()))
			.map(Source::status)
			.max(Comparator.comparingInt(CoverageRules::rank))
			.orElse(null);
		Satisfaction how = direct != null ? Satisfaction.DIRECT
				: usable.isEmpty() ? Satisfaction.NONE
				: best == null ? Satisfaction.PARTIAL : Satisfaction.MAPPED;
		return new CoverageEntry(controlId, label, title, best, how, List.copyOf(sources));
	}

	/**
	 * Number of controls per effective status in the order of the statuses, then {@code PARTIAL} (only partly
	 * addressed through mappings) and {@code NONE} (not addressed).
	 */
	public static java.util.Map<String, Long> counts(List<CoverageEntry> entries) {
		java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (ImplementationStatus s : ImplementationStatus.values()) {
			counts.put(s.name(), 0L);
		}
		counts.put(Satisfaction.PARTIAL.name(), 0L);
		counts.put("NONE", 0L);
		for (CoverageEntry e : entries) {
			String key = e.status() != null ? e.status().name()
					: e.satisfaction() == Satisfaction.PARTIAL ? Satisfaction.PARTIAL.name() : "NONE";
			counts.merge(key, 1L, Long::sum);
		}
		return counts;
	}

}
