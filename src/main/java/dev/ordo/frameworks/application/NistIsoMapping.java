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

	/** The rows of the crosswalk; empty if the text is not in its layout. */
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

	/** RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes), read by Apache Commons CSV. */
	static final class Csv {

		private Csv() {
		}

		static List<List<String>> parse(String text) {
			try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
				List<List<String>> records = new ArrayList<>();
				parser.forEach(record -> records.add(record.toList()));
				return records;
			}
			catch (IOException | UncheckedIOException ex) {
				throw new IllegalArgumentException("Not a readable CSV file: " + ex.getMessage(), ex);
			}
		}
	}
}
