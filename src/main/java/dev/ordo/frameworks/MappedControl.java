package dev.ordo.frameworks;

/**
 * A control of another catalog that a mapping relates to a given control.
 *
 * @param relationship {@code related} (the mapped control addresses the requirement) or {@code partial} (it does not
 * fully satisfy its intent)
 * @param direction {@code satisfies} when the given control is the mapping's source, {@code satisfied-by} when it
 * is the target
 */
public record MappedControl(String catalogId, String catalogTitle, String controlId, String label, String title,
		String relationship, String direction) {
}
