package dev.ordo.bench.datagen;

/**
 * Generates the rows of one module's tables straight into the database (the app is stopped meanwhile).
 *
 * <p>One implementation per module or table group. When a feature lands (risks, assets, incidents, ...), add a
 * generator for its tables, record what it changes through {@link GenContext#audit} like the app would, and add it
 * to {@link Generate#TABLE_GENERATORS} after the generators whose data it refers to.
 */
public interface TableGenerator {

	/** Short name, also the name of its random stream (so renaming one changes its data). */
	String name();

	/** Inserts the rows; returns a one-line summary of what was generated. */
	String generate(GenContext ctx) throws Exception;
}
