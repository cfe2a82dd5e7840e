package dev.ordo.riskassessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an import of assets or risks from CSV or XLSX (ISO/IEC 27001 6.1.2): how many rows were taken, how
 * many were rejected, and each rejected row with a message per column. The whole file is checked: good rows are
 * imported, bad ones reported. At most {@link #MAX_LISTED} rejected rows are listed, so the answer stays small
 * however bad a file is; {@code rejectedCount} counts all of them. An asset file exported earlier and imported again
 * updates the assets its rows name by id ({@code updated}) and leaves those whose values all stand ({@code unchanged});
 * a risk import only adds, so both stay 0 there.
 *
 * @param imported      rows taken as new assets or risks
 * @param updated       rows that changed the existing asset they name
 * @param unchanged     rows naming an existing asset with exactly its values (nothing written)
 * @param rejectedCount rows refused
 * @param rejected      the first {@link #MAX_LISTED} refused rows
 * @param runId         risk imports: the risk assessment run that recorded them ({@code null} for assets)
 */
public record ImportReport(int imported, int updated, int unchanged, int rejectedCount, List<RejectedRow> rejected,
		java.util.UUID runId) {

	public static final int MAX_LISTED = 1000;

	public ImportReport {
		rejected = List.copyOf(rejected);
	}

	/** A report of an import that only adds and records no run. */
	public ImportReport(int imported, int rejectedCount, List<RejectedRow> rejected) {
		this(imported, 0, 0, rejectedCount, rejected, null);
	}

	/** The same report, naming the risk assessment run that recorded the import (its lineage). */
	public ImportReport ofRun(java.util.UUID run) {
		return new ImportReport(imported, updated, unchanged, rejectedCount, rejected, run);
	}

	/** The same report with the rows taken told apart: new, updated and unchanged (an asset import's sink knows). */
	public ImportReport taken(int newRows, int updatedRows, int unchangedRows) {
		return new ImportReport(newRows, updatedRows, unchangedRows, rejectedCount, rejected, runId);
	}

	/**
	 * The same report with {@code more} rows refused after they were read (an asset import refuses a row of an asset
	 * changed since the file was exported only once it has loaded that asset): counted, and listed in file order.
	 */
	public ImportReport rejecting(List<RejectedRow> more) {
		if (more.isEmpty()) {
			return this;
		}
		List<RejectedRow> all = new ArrayList<>(rejected);
		all.addAll(more);
		all.sort(Comparator.comparingInt(RejectedRow::line));
		return new ImportReport(imported, updated, unchanged, rejectedCount + more.size(),
				all.subList(0, Math.min(all.size(), MAX_LISTED)), runId);
	}

	/**
	 * A rejected row: its number in the file (the header is 1; kept as {@code line} from the CSV-only version of
	 * this report) and a message per column.
	 */
	public record RejectedRow(int line, Map<String, String> errors) {
	}
}
