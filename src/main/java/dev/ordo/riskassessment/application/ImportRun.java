package dev.ordo.riskassessment.application;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import dev.ordo.riskassessment.ImportReport;
import dev.ordo.shared.InvalidInput;

/**
 * One import of a table (CSV or XLSX), shared by assets and risks: checks the header, parses and validates each row
 * as it is read, and hands the good rows to {@code sink} in chunks, so a file of any size is imported with the
 * memory of a few chunks (ISO/IEC 27001 6.1.2; the row-by-row report lets a person fix the rejected rows and import
 * them again).
 *
 * @param <T> what a good row becomes
 */
final class ImportRun<T> implements Tables.RowHandler {

	/** Rows per batch insert: large enough for JDBC batching to pay off, small enough to keep memory flat. */
	static final int CHUNK = 1000;

	/** More rows than this are refused as a whole (one transaction must stay reasonable). */
	static final int MAX_ROWS = 200_000;

	/**
	 * Turns the cells of one row (by lower-case column name; {@code line} its number in the file, the header 1) into a
	 * value, or puts messages into {@code errors}.
	 */
	@FunctionalInterface
	interface RowParser<T> {

		T parse(int line, Map<String, String> cells, Map<String, String> errors);
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
	 * Reads {@code in} and imports it. The file is read and its rows parsed on a thread of its own while the calling
	 * thread, which holds the import's transaction, writes the chunks already parsed: the database works on one chunk
	 * while the next is parsed (on the benchmark machine the two take about as long). At most {@link #IN_FLIGHT}
	 * chunks wait between them, so memory stays flat; the first failure on either side ends the import, and the
	 * caller's transaction rolls back as a whole.
	 *
	 * @param required the columns the header must name
	 * @param columns  every column the importer knows (for the message about a missing header)
	 */
	static <T> ImportReport run(Tables.Format format, InputStream in, List<String> required, List<String> columns,
			RowParser<T> parser, Consumer<List<T>> sink) {
		BlockingQueue<Object> parsed = new ArrayBlockingQueue<>(IN_FLIGHT);
		ImportRun<T> run = new ImportRun<>(required, parser, chunk -> {
			if (!hand(parsed, chunk)) {
				throw new CancellationException("the import was given up while its file was being read");
			}
		});
		Thread reader = new Thread(() -> {
			Object last = END;
			try {
				Tables.read(format, in, run);
				if (run.header == null) {
					throw InvalidInput.of("file",
							"the file is empty; the first row must name the columns " + String.join(",", columns));
				}
				run.flush();
			}
			catch (RuntimeException | Error failure) {
				last = failure;
			}
			hand(parsed, last);
		}, "ordo-import-reader");
		reader.setDaemon(true);
		reader.start();
		boolean done = false;
		try {
			for (Object next = take(parsed); next != END; next = take(parsed)) {
				if (next instanceof RuntimeException failure) {
					throw failure;
				}
				if (next instanceof Error failure) {
					throw failure;
				}
				@SuppressWarnings("unchecked")
				List<T> chunk = (List<T>) next;
				sink.accept(chunk);
			}
			done = true;
		}
		finally {
			if (!done) {
				reader.interrupt();
			}
		}
		return new ImportReport(run.imported, run.rejectedCount, run.rejected);
	}

	/** Chunks parsed but not yet written, at most. */
	static final int IN_FLIGHT = 2;

	private static final Object END = new Object();

	/** Passes {@code item} on; {@code false} when the writing side gave up (it failed) and nobody waits for more. */
	private static boolean hand(BlockingQueue<Object> queue, Object item) {
		try {
			queue.put(item);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Object take(BlockingQueue<Object> queue) {
		try {
			return queue.take();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrupted", e);
		}
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
		T value = parser.parse(rowNumber, byColumn, errors);
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
