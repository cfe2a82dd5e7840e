package dev.ordo.frameworks.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.ordo.shared.InvalidInput;

/**
 * Reads NIST's crosswalk from SP 800-53 rev5 to ISO/IEC 27001 (the "sp800-53r5-to-iso-27001-mapping" workbook, its
 * sheet saved as CSV): one row per SP 800-53 control with its name and the ISO/IEC 27001 clauses and Annex A
 * controls that address it, comma-separated; an asterisk marks an ISO/IEC control that does not fully satisfy the
 * intent of the NIST control, "None" or "---" mark none. NIST's crosswalk names ISO/IEC 27001:2013 identifiers.
 */
public final class NistIsoMapping {

	private static final Pattern NIST_ID = Pattern.compile("([A-Z]{2})-(\\d+)(?:\\((\\d+)\\))?");

	private static final Pattern ISO_ID = Pattern.compile("(A\\.)?\\d+(\\.\\d+)*");

	/** One NIST control and an ISO/IEC 27001:2013 identifier that addresses it. */
	public record Row(String nistControlId, String iso2013Id, boolean partial) {
	}

	private NistIsoMapping() {
	}

	/**
	 * The rows of the crosswalk; empty if the text is not in its layout. {@link InvalidInput} (field {@code file},
	 * with the line) if it is not readable as CSV.
	 */
	public static List<Row> parse(String csv) {
		List<Row> rows = new ArrayList<>();
		for (List<String> record : Csv.parse(csv)) {
			if (record.size() < 3) {
				continue;
			}
			Matcher nist = NIST_ID.matcher(record.get(0).strip());
			if (!nist.matches()) {
				continue;
			}
			String controlId = nist.group(1).toLowerCase(Locale.ROOT) + "-" + nist.group(2)
					+ (nist.group(3) == null ? "" : "." + nist.group(3));
			for (String item : record.get(2).split(",")) {
				String iso = item.strip();
				boolean partial = iso.endsWith("*");
				iso = partial ? iso.substring(0, iso.length() - 1).strip() : iso;
				if (ISO_ID.matcher(iso).matches()) {
					rows.add(new Row(controlId, iso, partial));
				}
			}
		}
		return rows;
	}

	/**
	 * RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes), read by Apache Commons CSV. A file
	 * that is not CSV (an unbalanced quote, text after a closing quote) is refused for field {@code file} with the
	 * line where reading stopped, so the user can find it.
	 */
	static final class Csv {

		private Csv() {
		}

		static List<List<String>> parse(String text) {
			List<List<String>> records = new ArrayList<>();
			CSVParser parser = null;
			try {
				parser = CSVParser.parse(text, CSVFormat.RFC4180);
				for (CSVRecord record : parser) {
					records.add(record.toList());
				}
				return records;
			}
			catch (IOException | UncheckedIOException ex) {
				long line = parser == null ? 1 : Math.max(parser.getCurrentLineNumber(), 1);
				throw InvalidInput.of("file", "is not a readable CSV file: reading stopped at line " + line + " ("
						+ reason(ex) + ")");
			}
			finally {
				closeQuietly(parser);
			}
		}

		/** Commons CSV's message without its own "(line n)" and exception class names. */
		private static String reason(Exception ex) {
			Throwable cause = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
			String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
			message = message.replaceAll("^(IOException reading next record: )?(java\\.io\\.IOException: )?", "")
				.replaceAll("^\\(line \\d+\\) ", "")
				.replaceAll("^\\(startline \\d+\\) ", "");
			return message.length() > 200 ? message.substring(0, 200) + "…" : message;
		}

		private static void closeQuietly(CSVParser parser) {
			if (parser != null) {
				try {
					parser.close();
				}
				catch (IOException ignored) {
					// a parser over a string holds nothing to release
				}
			}
		}
	}
}
