package dev.ordo.riskassessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import dev.ordo.shared.InvalidInput;

class TablesTest {

	static List<List<String>> read(Tables.Format format, byte[] file) {
		List<List<String>> rows = new ArrayList<>();
		Tables.read(format, new ByteArrayInputStream(file), (n, cells) -> rows.add(cells));
		return rows;
	}

	@Test
	void parsesQuotedCsvFieldsWithCommasQuotesAndLineBreaks() {
		var rows = read(Tables.Format.CSV, "\uFEFFname,description\r\n\"CRM, hosted\",\"says \"\"hi\"\"\nsecond line\"\nlast,\n"
			.getBytes(StandardCharsets.UTF_8));
		assertThat(rows).containsExactly(List.of("name", "description"),
				List.of("CRM, hosted", "says \"hi\"\nsecond line"), List.of("last", ""));
	}

	@Test
	void quotesWhatNeedsItAndDefusesSpreadsheetFormulas() {
		assertThat(Tables.quote("plain")).isEqualTo("plain");
		assertThat(Tables.quote("a,b")).isEqualTo("\"a,b\"");
		assertThat(Tables.quote("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
		assertThat(Tables.quote(null)).isEmpty();
	}

	@Test
	void xlsxIsWrittenWithABoldFrozenFilteredHeaderAndReadBackRowByRow() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (var writer = Tables.writer(Tables.Format.XLSX, out, List.of("name", "level", "note"),
				new int[] { 20, 8, 30 })) {
			writer.row(List.of("CRM, hosted", "3", "=1+1"));
			writer.row(List.of("Laptop", "", "gap before"));
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(book.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C3");
			assertThat(sheet.getColumnWidth(0)).isEqualTo(20 * 256);
			assertThat(sheet.getRow(1).getCell(2).getCellType().name()).isEqualTo("STRING");
		}
		assertThat(read(Tables.Format.XLSX, out.toByteArray())).containsExactly(List.of("name", "level", "note"),
				List.of("CRM, hosted", "3", "=1+1"), List.of("Laptop", "", "gap before"));
	}

	@Test
	void aFileThatIsNoSpreadsheetIsOneFieldError() {
		assertThatThrownBy(() -> read(Tables.Format.XLSX, "name,type".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("file"));
	}

	@Test
	void theFormatComesFromTheFileNameOrTheContentType() {
		assertThat(Tables.Format.of("Risks.XLSX", null)).isEqualTo(Tables.Format.XLSX);
		assertThat(Tables.Format.of(null, Tables.XLSX_TYPE)).isEqualTo(Tables.Format.XLSX);
		assertThat(Tables.Format.of("risks.csv", "text/csv")).isEqualTo(Tables.Format.CSV);
		assertThatThrownBy(() -> Tables.Format.named("pdf")).isInstanceOf(InvalidInput.class);
	}
}
