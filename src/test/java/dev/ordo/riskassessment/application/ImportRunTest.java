package dev.ordo.riskassessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.ordo.riskassessment.ImportReport;
import dev.ordo.shared.InvalidInput;

/**
 * The import pipeline: rows are parsed on a reader thread and written in chunks by the caller, in file order; a
 * failure on either side ends the import with that failure, and no reader thread is left behind.
 */
class ImportRunTest {

	private static ByteArrayInputStream csv(int rows) {
		StringBuilder text = new StringBuilder("name,size\n");
		for (int i = 1; i <= rows; i++) {
			text.append("row ").append(i).append(',').append(i % 10 == 0 ? "x" : String.valueOf(i)).append('\n');
		}
		return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static Integer size(int line, Map<String, String> cells, Map<String, String> errors) {
		try {
			return Integer.valueOf(cells.get("size"));
		}
		catch (NumberFormatException ex) {
			errors.put("size", "not a number");
			return null;
		}
	}

	@Test
	void everyGoodRowIsWrittenInFileOrderAndEveryBadOneReported() {
		int rows = ImportRun.CHUNK * 5 + 7;
		List<Integer> written = new ArrayList<>();
		List<String> writers = new ArrayList<>();
		ImportReport report = ImportRun.run(Tables.Format.CSV, csv(rows), List.of("name", "size"),
				List.of("name", "size"), ImportRunTest::size, chunk -> {
					written.addAll(chunk);
					writers.add(Thread.currentThread().getName());
				});
		int bad = rows / 10;
		assertThat(report.imported()).isEqualTo(rows - bad).isEqualTo(written.size());
		assertThat(report.rejectedCount()).isEqualTo(bad);
		assertThat(report.rejected().get(0).line()).isEqualTo(11); // the header is row 1
		assertThat(written).isSorted().doesNotContain(10, 20).contains(1, rows);
		// The writes happen on the caller's thread, the one holding the import's transaction.
		assertThat(writers).containsOnly(Thread.currentThread().getName());
	}

	@Test
	void aFailedWriteEndsTheImportAndStopsTheReader() throws Exception {
		AtomicInteger chunks = new AtomicInteger();
		assertThatThrownBy(() -> ImportRun.run(Tables.Format.CSV, csv(ImportRun.CHUNK * 50), List.of("name"),
				List.of("name", "size"), ImportRunTest::size, chunk -> {
					if (chunks.incrementAndGet() == 2) {
						throw new IllegalStateException("database gone");
					}
				}))
			.isInstanceOf(IllegalStateException.class).hasMessage("database gone");
		assertThat(chunks).hasValue(2);
		Thread.sleep(200);
		assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("ordo-import-reader"));
	}

	@Test
	void aFileRefusedWhileReadingChangesNothing() {
		List<Object> written = new ArrayList<>();
		assertThatThrownBy(() -> ImportRun.run(Tables.Format.CSV,
				new ByteArrayInputStream("title,other\nx,y\n".getBytes(StandardCharsets.UTF_8)), List.of("name"),
				List.of("name", "size"), ImportRunTest::size, written::addAll))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> ImportRun.run(Tables.Format.CSV, new ByteArrayInputStream(new byte[0]),
				List.of("name"), List.of("name", "size"), ImportRunTest::size, written::addAll))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("empty");
		assertThat(written).isEmpty();
	}
}
