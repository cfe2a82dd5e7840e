package dev.ordo.riskassessment.application;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import dev.ordo.riskassessment.ImportReport;
import dev.ordo.shared.InvalidInput;

/**
 * One import of a table (CSV or XLSX), shared by assets and risks: checks the header, parses and validates each row
 * as it is read, and hands the good rows to {@code sink} in chunks, so a file of any size is imported with the
 * memory of one chunk (ISO/IEC 27001 6.1.2; the row-by-row report lets a person fix the rejected rows and import
 * them again).
 *
 * @param <T> what a good row becomes
 */
final class ImportRun<T> implements Tables.RowHandler {

	/** Rows per batch insert: large enough for JDBC batching to pay off, small enough to keep memory flat. */
	static final int CHUNK = 1000;

	/** More rows than this are refused as a whole (one transaction must stay reasonable). */
	static final int MAX_ROWS = 200_000;

	/** Turns the cells of one row (by lower-case column name) into a value, or puts messages into {@code errors}. */
	@FunctionalInterface
	interface RowParser<T> {

		T parse(Map<String, String> cells, Map<String, String> errors);
	}

	private final List<String> required;

	private final RowParser<T> parser;

	private final Consumer<List<T>> sink;

	private List<String> header;

	private final List<T> chunk = new ArrayList<>(CHUNK);

	private final List<ImportReport.RejectedRow> rejected = new ArrayList<>();

	private int rejectedCount;

	private int imported;

	private int rows;

	private ImportRun(List<String> required, RowParser<T> parser, Consumer<List<T>> sink) {
		this.required = required;
		this.parser = parser;
		this.sink = sink;
	}

	/**
	 * Reads {@code in} and imports it.
	 *
	 * @param required the columns the header must name
	 * @param columns  every column the importer knows (for the message about a missing header)
	 */
	static <T> ImportReport run(Tables.Format format, InputStream in, List<String> required, List<String> columns,
			RowParser<T> parser, Consumer<List<T>> sink) {
		ImportRun<T> run = new ImportRun<>(required, parser, sink);
		Tables.read(format, in, run);
		if (run.header == null) {
			throw InvalidInput.of("file",
					"is empty; the first row must name the columns " + String.join(",", columns));
		}
		run.flush();
		return new ImportReport(run.imported, run.rejectedCount, run.rejected);
	}

	@Override
	public void row(int rowNumber, List<String> cells) {
		if (header == null) {
			header = cells.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
			if (!header.containsAll(required)) {
				throw InvalidInput.of("file",
						"the first row must name the columns, at least " + String.join(" and ", required));
			}
			return;
		}
		if (cells.stream().allMatch(String::isBlank)) {
			return;
		}
		if (++rows > MAX_ROWS) {
			throw InvalidInput.of("file", "has more than " + MAX_ROWS + " rows; split it");
		}
		Map<String, String> byColumn = new HashMap<>();
		for (int c = 0; c < header.size(); c++) {
			byColumn.put(header.get(c), c < cells.size() ? cells.get(c).trim() : "");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		T value = parser.parse(byColumn, errors);
		if (errors.isEmpty() && value != null) {
			chunk.add(value);
			if (chunk.size() == CHUNK) {
				flush();
			}
		}
		else {
			rejectedCount++;
			if (rejected.size() < ImportReport.MAX_LISTED) {
				rejected.add(new ImportReport.RejectedRow(rowNumber, errors));
			}
		}
	}

	private void flush() {
		if (!chunk.isEmpty()) {
			sink.accept(List.copyOf(chunk));
			imported += chunk.size();
			chunk.clear();
		}
	}
}
