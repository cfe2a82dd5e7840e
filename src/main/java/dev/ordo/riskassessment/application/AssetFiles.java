package dev.ordo.riskassessment.application;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.riskassessment.AssetRequest;
import dev.ordo.riskassessment.AssetType;
import dev.ordo.riskassessment.AssetsImported;
import dev.ordo.riskassessment.ImportReport;
import dev.ordo.riskassessment.domain.Asset;
import dev.ordo.riskassessment.domain.BulkInserts;
import dev.ordo.riskassessment.domain.ListQueries;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.OrdoPrincipal;

/**
 * Export and import of the asset inventory as CSV (RFC 4180) or XLSX (ISO/IEC 27001 6.1.2, TS 27022 7.4: the
 * inventory the risk assessment starts from). Export streams (one query); import streams the file, checks every
 * row, inserts the good ones in JDBC batches and reports each rejected row with its number and a reason per column.
 */
@Service
public class AssetFiles {

	public static final List<String> COLUMNS = List.of("name", "type", "description", "owner", "classification",
			"confidentiality", "integrity", "availability", "authenticity");

	private static final int[] WIDTHS = { 40, 18, 50, 30, 16, 16, 12, 14, 14 };

	private static final String[] GOALS = { "confidentiality", "integrity", "availability", "authenticity" };

	private final ListQueries lists;

	private final BulkInserts inserts;

	private final Identity identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssetFiles(ListQueries lists, BulkInserts inserts, Identity identity, ApplicationEventPublisher events,
			Clock clock) {
		this.lists = lists;
		this.inserts = inserts;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	/** Writes the inventory (own protection needs; owners by user name). */
	@Transactional(readOnly = true)
	public void export(Tables.Format format, OutputStream out) {
		Map<UUID, MemberSummary> members = identity.membersById();
		try (Tables.TableWriter writer = Tables.writer(format, out, COLUMNS, WIDTHS)) {
			lists.forEachAsset(asset -> {
				MemberSummary owner = asset.getOwnerId() == null ? null : members.get(asset.getOwnerId());
				int[] own = asset.ownNeeds();
				writer.row(List.of(asset.getName(), asset.getType().name(), nz(asset.getDescription()),
						owner == null ? "" : owner.username(), nz(asset.getClassification()), String.valueOf(own[0]),
						String.valueOf(own[1]), String.valueOf(own[2]), String.valueOf(own[3])));
			});
		}
	}

	/**
	 * Imports assets: header required ({@code name} and {@code type} at least), owner by user name, empty needs
	 * mean 1. One {@link AssetsImported} for the whole file.
	 */
	@Transactional
	public ImportReport importFile(Tables.Format format, InputStream in, String fileName) {
		OrdoPrincipal actor = CurrentActor.requireRole(Members.EDITORS);
		UUID organizationId = CurrentActor.organizationId();
		Map<UUID, MemberSummary> members = identity.membersById();
		Map<String, UUID> byUsername = Members.byUsername(members);
		Instant now = clock.instant();
		ImportReport report = ImportRun.run(format, in, List.of("name", "type"), COLUMNS,
				(cells, errors) -> parse(cells, errors, byUsername, members),
				chunk -> inserts.assets(organizationId, chunk, now));
		String file = fileName == null || fileName.isBlank() ? "api" : fileName;
		events.publishEvent(new AssetsImported(organizationId, file, report.imported(), report.rejectedCount(),
				actor.userId()));
		return report;
	}

	private static BulkInserts.NewAsset parse(Map<String, String> cell, Map<String, String> errors,
			Map<String, UUID> byUsername, Map<UUID, MemberSummary> members) {
		AssetType type = null;
		String typeText = cell.getOrDefault("type", "");
		try {
			type = typeText.isEmpty() ? null
					: AssetType.valueOf(typeText.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			errors.put("type", "unknown asset type \"" + typeText + "\"");
		}
		UUID owner = Members.byName(cell.getOrDefault("owner", ""), byUsername, "owner", errors);
		Integer[] needs = new Integer[4];
		for (int g = 0; g < 4; g++) {
			String text = cell.getOrDefault(GOALS[g], "");
			if (!text.isEmpty()) {
				try {
					needs[g] = Integer.valueOf(text);
				}
				catch (NumberFormatException ex) {
					errors.put(GOALS[g], "\"" + text + "\" is not a number from 1 to 4");
				}
			}
		}
		AssetRequest request = new AssetRequest(cell.getOrDefault("name", ""), type, cell.get("description"), owner,
				cell.get("classification"), needs[0], needs[1], needs[2], needs[3]);
		Map<String, String> problems = new LinkedHashMap<>(AssetService.problems(request, members));
		problems.forEach((field, message) -> errors.putIfAbsent(field.equals("ownerId") ? "owner" : field, message));
		if (!errors.isEmpty()) {
			return null;
		}
		return new BulkInserts.NewAsset(BulkInserts.newId(), request.name().trim(), type,
				Members.trimToNull(request.description()), owner, Members.trimToNull(request.classification()),
				AssetService.needs(request));
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}
}
