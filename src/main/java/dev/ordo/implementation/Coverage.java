package dev.ordo.implementation;

import java.util.List;
import java.util.Map;

/**
 * How far the organization's applied controls cover a catalog: for each of its controls the status reached
 * directly or through mapped controls of other catalogs: a control implemented once satisfies every requirement it is mapped to.
 *
 * @param counts number of controls per effective status, with {@code PARTIAL} for controls only partly addressed
 * through mappings and {@code NONE} for controls nobody addresses
 */
public record Coverage(String catalogId, String catalogTitle, List<CoverageEntry> controls, Map<String, Long> counts) {

	/** How a control of the target catalog is satisfied. */
	public enum Satisfaction {
		/** By an applied control of the catalog itself. */
		DIRECT,
		/** Only by applied controls of other catalogs mapped to it. */
		MAPPED,
		/**
		 * Only by applied controls of other catalogs whose mapping is partial: they address part of the intent, the
		 * control still needs a decision of its own, so no status is claimed.
		 */
		PARTIAL,
		/** Not at all. */
		NONE
	}

	/**
	 * One control of the target catalog.
	 *
	 * @param status the best status of the applied controls that satisfy it (NOT_APPLICABLE only directly; partial
	 * mappings give none), {@code null} for none
	 * @param satisfiedBy the applied controls that satisfy it, the direct one first
	 */
	public record CoverageEntry(String controlId, String label, String title, ImplementationStatus status,
			Satisfaction satisfaction, List<Source> satisfiedBy) {
	}

	/**
	 * An applied control that satisfies a control of the target catalog.
	 *
	 * @param relationship {@code direct}, or the mapping's {@code related} / {@code partial}
	 */
	public record Source(java.util.UUID appliedControlId, String catalogId, String controlId, String label,
			ImplementationStatus status, String relationship) {
	}
}
