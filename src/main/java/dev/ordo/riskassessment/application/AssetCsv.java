package dev.ordo.riskassessment.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.riskassessment.AssetRequest;
import dev.ordo.riskassessment.AssetType;
import dev.ordo.riskassessment.CsvImportReport;
import dev.ordo.riskassessment.domain.Asset;
import dev.ordo.riskassessment.domain.AssetRepository;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;

/**
 * CSV export and import of the asset inventory (RFC 4180: comma, double quotes, CRLF or LF). Export streams page by
 * page, so memory does not grow with the inventory. Import checks every row, takes the good ones and reports each
 * rejected row with its line and the reason per column.
 */
@Service
public class AssetCsv {

	public static final List<String> COLUMNS = List.of("name", "type", "description", "owner", "classification",
			"confidentiality", "integrity", "availability", "authenticity");

	/** More rows than this are refused as a whole: large inventories go through the API in batches. */
	static final int MAX_ROWS = 10_000;

	private final AssetService assets;

	private final AssetRepository repository;

	private final Identity identity;

	AssetCsv(AssetService assets, AssetRepository repository, Identity identity) {
		this.assets = assets;
		this.repository = repository;
		this.identity = identity;
	}

	/** Writes the inventory (own protection needs; owners by user name). */
	@Transactional(readOnly = true)
	public void export(Writer out) {
		Map<UUID, MemberSummary> members = identity.membersById();
		try {
			out.write(String.join(",", COLUMNS) + "\r\n");
			int page = 0;
			Page<Asset> items;
			do {
				items = repository.findAll(PageRequest.of(page++, 100, Sort.by("name", "id")));
				for (Asset asset : items) {
					MemberSummary owner = asset.getOwnerId() == null ? null : members.get(asset.getOwnerId());
					int[] own = asset.ownNeeds();
					List<String> cells = List.of(asset.getName(), asset.getType().name(), nz(asset.getDescription()),
							owner == null ? "" : owner.username(), nz(asset.getClassification()), String.valueOf(own[0]),
							String.valueOf(own[1]), String.valueOf(own[2]), String.valueOf(own[3]));
					out.write(String.join(",", cells.stream().map(AssetCsv::quote).toList()) + "\r\n");
				}
				out.flush();
			}
			while (items.hasNext());
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Transactional
	public CsvImportReport importCsv(String csv) {
		CurrentActor.requireRole(Members.EDITORS);
		List<List<String>> rows = parse(csv == null ? "" : csv);
		if (rows.isEmpty()) {
			throw InvalidInput.of("file", "is empty; the first line must name the columns " + String.join(",", COLUMNS));
		}
		List<String> header = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
		if (!header.contains("name") || !header.contains("type")) {
			throw InvalidInput.of("file", "the first line must name the columns, at least name and type");
		}
		if (rows.size() - 1 > MAX_ROWS) {
			throw InvalidInput.of("file", "has more than " + MAX_ROWS + " rows");
		}
		Map<String, UUID> byUsername = new LinkedHashMap<>();
		Map<UUID, MemberSummary> members = identity.membersById();
		members.values().forEach(m -> byUsername.put(m.username().toLowerCase(Locale.ROOT), m.userId()));
		List<AssetRequest> accepted = new ArrayList<>();
		List<CsvImportReport.RejectedRow> rejected = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			Map<String, String> errors = new LinkedHashMap<>();
			Map<String, String> cell = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				cell.put(header.get(c), c < row.size() ? row.get(c).trim() : "");
			}
			AssetType type = null;
			String typeText = cell.getOrDefault("type", "");
			try {
				type = typeText.isEmpty() ? null
						: AssetType.valueOf(typeText.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
			}
			catch (IllegalArgumentException ex) {
				errors.put("type", "unknown asset type \"" + typeText + "\"");
			}
			UUID owner = null;
			String ownerText = cell.getOrDefault("owner", "");
			if (!ownerText.isEmpty()) {
				owner = byUsername.get(ownerText.toLowerCase(Locale.ROOT));
				if (owner == null) {
					errors.put("owner", "\"" + ownerText + "\" is not a member of this organization");
				}
			}
			Integer[] needs = new Integer[4];
			String[] goals = { "confidentiality", "integrity", "availability", "authenticity" };
			for (int g = 0; g < 4; g++) {
				String text = cell.getOrDefault(goals[g], "");
				if (!text.isEmpty()) {
					try {
						needs[g] = Integer.valueOf(text);
					}
					catch (NumberFormatException ex) {
						errors.put(goals[g], "\"" + text + "\" is not a number from 1 to 4");
					}
				}
			}
			AssetRequest request = new AssetRequest(cell.getOrDefault("name", ""), type, cell.get("description"), owner,
					cell.get("classification"), needs[0], needs[1], needs[2], needs[3]);
			AssetService.problems(request, members).forEach((field, message) -> errors.putIfAbsent(
					field.equals("ownerId") ? "owner" : field, message));
			if (errors.isEmpty()) {
				accepted.add(request);
			}
			else {
				rejected.add(new CsvImportReport.RejectedRow(i + 1, errors));
			}
		}
		int imported = accepted.isEmpty() ? 0 : assets.createAll(accepted);
		return new CsvImportReport(imported, rejected);
	}

	/** RFC 4180 parsing (quoted fields may hold commas, quotes and line breaks) by Apache Commons CSV; a BOM is skipped. */
	static List<List<String>> parse(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		try (CSVParser parser = CSVParser.parse(body, CSVFormat.RFC4180)) {
			List<List<String>> rows = new ArrayList<>();
			parser.forEach(record -> rows.add(new ArrayList<>(record.toList())));
			return rows;
		}
		catch (IOException | UncheckedIOException ex) {
			throw InvalidInput.of("file", "is not a readable CSV file: " + ex.getMessage());
		}
	}

	static String quote(String value) {
		String v = value == null ? "" : value;
		// Cells starting with = + - @ would run as formulas in a spreadsheet: prefix them with an apostrophe.
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			return "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}
}
