package dev.ordo.riskassessment;

import java.util.List;
import java.util.Map;

/** The outcome of a CSV import: how many rows were taken, and each rejected row with its reasons. */
public record CsvImportReport(int imported, List<RejectedRow> rejected) {

	/** A rejected row: its line number in the file (the header is line 1) and a message per column. */
	public record RejectedRow(int line, Map<String, String> errors) {
	}
}
