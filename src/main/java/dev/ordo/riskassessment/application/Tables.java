package dev.ordo.riskassessment.application;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import dev.ordo.shared.InvalidInput;

/**
 * Reading and writing the inventory and the register as CSV (RFC 4180) or XLSX, both streamed: a reader hands over
 * one row at a time and a writer keeps at most a window of rows, so memory does not grow with the file (ISO/IEC 27001
 * 6.1.2: an organization moves its existing asset and risk lists into Ordo, and out again for its own analysis).
 */
public final class Tables {

	/** The content type of XLSX files. */
	public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Tables() {
	}

	/** The file formats of import and export. */
	public enum Format {

		CSV("text/csv;charset=UTF-8", "csv"),
		XLSX(XLSX_TYPE, "xlsx");

		private final String contentType;

		private final String extension;

		Format(String contentType, String extension) {
			this.contentType = contentType;
			this.extension = extension;
		}

		public String contentType() {
			return contentType;
		}

		public String extension() {
			return extension;
		}

		/** The {@code format} parameter of an export; an unknown one is a field error rather than a silent CSV. */
		public static Format named(String format) {
			return switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
				case "csv", "" -> CSV;
				case "xlsx" -> XLSX;
				default -> throw InvalidInput.of("format", "must be csv or xlsx");
			};
		}

		/** The Content-Disposition header of a download named {@code base}. */
		public String attachment(String base) {
			return "attachment; filename=\"" + base + "." + extension + "\"";
		}

		/** The format an upload is in: by the file name, else by its content type; CSV when neither tells. */
		public static Format of(String fileName, String contentType) {
			String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
			String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
			return name.endsWith(".xlsx") || type.contains("spreadsheetml") ? XLSX : CSV;
		}
	}

	/** Receives the rows of a table one by one. */
	@FunctionalInterface
	public interface RowHandler {

		/**
		 * @param rowNumber the row's number in the file as a person sees it (the header is row 1)
		 * @param cells     the cells from the first column on; missing cells are empty strings
		 */
		void row(int rowNumber, List<String> cells);
	}

	/** Reads every row of {@code in} (the first worksheet of an XLSX file), header included. */
	public static void read(Format format, InputStream in, RowHandler rows) {
		if (format == Format.XLSX) {
			readXlsx(in, rows);
		}
		else {
			readCsv(in, rows);
		}
	}

	/** Commons CSV's record iterator reads from the stream as it goes; a UTF-8 byte order mark is skipped. */
	private static void readCsv(InputStream in, RowHandler rows) {
		try {
			PushbackInputStream body = new PushbackInputStream(in, 3);
			byte[] bom = body.readNBytes(3);
			boolean hasBom = bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB
					&& (bom[2] & 0xFF) == 0xBF;
			if (!hasBom && bom.length > 0) {
				body.unread(bom);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
			try (CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
				Iterator<CSVRecord> records = parser.iterator();
				int row = 0;
				while (records.hasNext()) {
					CSVRecord record = records.next();
					row++;
					rows.row(row, record.toList());
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw InvalidInput.of("file", "is not a readable CSV file: " + ex.getMessage());
		}
	}

	/**
	 * POI's event API: the sheet is parsed with SAX and the shared strings are read without building the workbook.
	 * A ZIP needs random access, so an upload is spooled to a temporary file first (POI would otherwise inflate
	 * every part into memory).
	 */
	private static void readXlsx(InputStream in, RowHandler rows) {
		File spool = null;
		try {
			spool = File.createTempFile("ordo-import-", ".xlsx");
			Files.copy(in, spool.toPath(), StandardCopyOption.REPLACE_EXISTING);
			try (OPCPackage pkg = OPCPackage.open(spool, PackageAccess.READ)) {
				XSSFReader reader = new XSSFReader(pkg);
				ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
				XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
				if (!sheets.hasNext()) {
					throw InvalidInput.of("file", "has no worksheet");
				}
				try (InputStream sheet = sheets.next()) {
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
							new SheetRows(rows), new DataFormatter(Locale.ROOT), false));
					parser.parse(new InputSource(sheet));
				}
			}
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
				| org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException ex) {
			throw InvalidInput.of("file", "is not a readable XLSX file: " + ex.getMessage());
		}
		finally {
			if (spool != null && !spool.delete()) {
				spool.deleteOnExit();
			}
		}
	}

	/** Turns POI's cell callbacks into whole rows; empty cells are absent in XLSX, so they are filled in. */
	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler rows;

		private final List<String> cells = new ArrayList<>();

		SheetRows(RowHandler rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			rows.row(rowNum + 1, List.copyOf(cells));
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(formattedValue == null ? "" : formattedValue);
		}
	}

	/** Writes a table row by row; {@link #close()} finishes the file (and never closes the target stream). */
	public interface TableWriter extends Closeable {

		void row(List<String> cells);

		@Override
		void close();
	}

	/**
	 * A writer for {@code format} with the header written. XLSX: bold header, frozen first row, autofilter over the
	 * columns and widths from {@code widths} (in characters); SXSSF keeps 100 rows in memory and the rest in a
	 * temporary file.
	 */
	public static TableWriter writer(Format format, OutputStream out, List<String> header, int[] widths) {
		TableWriter writer = format == Format.XLSX ? new XlsxWriter(out, header, widths) : new CsvWriter(out);
		writer.row(header);
		return writer;
	}

	private static final class CsvWriter implements TableWriter {

		private final Writer out;

		CsvWriter(OutputStream out) {
			this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		}

		@Override
		public void row(List<String> cells) {
			try {
				StringBuilder line = new StringBuilder();
				for (int i = 0; i < cells.size(); i++) {
					if (i > 0) {
						line.append(',');
					}
					line.append(quote(cells.get(i)));
				}
				out.write(line.append("\r\n").toString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static final class XlsxWriter implements TableWriter {

		private final OutputStream out;

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);

		private final SXSSFSheet sheet;

		private final int columns;

		private int next;

		private CellStyle headerStyle;

		XlsxWriter(OutputStream out, List<String> header, int[] widths) {
			this.out = out;
			this.columns = header.size();
			this.sheet = workbook.createSheet("data");
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, Math.min(widths[c], 80) * 256);
			}
			sheet.createFreezePane(0, 1);
			Font bold = workbook.createFont();
			bold.setBold(true);
			headerStyle = workbook.createCellStyle();
			headerStyle.setFont(bold);
		}

		@Override
		public void row(List<String> cells) {
			Row row = sheet.createRow(next++);
			for (int c = 0; c < cells.size(); c++) {
				String value = cells.get(c);
				if (value == null || value.isEmpty()) {
					continue;
				}
				var cell = row.createCell(c);
				// Strings, never formulas: a cell text starting with "=" stays text in XLSX, so no prefix is needed.
				if (isInteger(value)) {
					cell.setCellValue(Long.parseLong(value));
				}
				else {
					cell.setCellValue(value);
				}
				if (headerStyle != null) {
					cell.setCellStyle(headerStyle);
				}
			}
			headerStyle = null;
		}

		@Override
		public void close() {
			try {
				if (next > 0 && columns > 0) {
					sheet.setAutoFilter(new CellRangeAddress(0, Math.max(next - 1, 0), 0, columns - 1));
				}
				workbook.write(out);
				out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				try {
					workbook.close();
				}
				catch (IOException ex) {
					// The temporary files are gone with close(); a failure here leaves nothing the caller can fix.
				}
			}
		}

		private static boolean isInteger(String value) {
			if (value.length() > 9) {
				return false;
			}
			for (int i = 0; i < value.length(); i++) {
				if (!Character.isDigit(value.charAt(i))) {
					return false;
				}
			}
			return true;
		}
	}

	/** An RFC 4180 cell; a text starting with {@code = + - @} gets a leading apostrophe (no formula injection). */
	static String quote(String value) {
		String v = value == null ? "" : value;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			return "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}
}
