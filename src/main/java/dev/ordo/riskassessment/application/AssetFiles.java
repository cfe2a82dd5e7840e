package dev.ordo.riskassessment.application;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

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
import dev.ordo.riskassessment.domain.AssetRepository;
import dev.ordo.riskassessment.domain.BulkInserts;
import dev.ordo.riskassessment.domain.ListQueries;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.OrdoPrincipal;

/**
 * Export and import of the asset inventory as CSV (RFC 4180) or XLSX (ISO/IEC 27001 6.1.2, TS 27022 7.4: the
 * inventory the risk assessment starts from). Export streams (one query); import streams the file, checks every
 * row, inserts the good ones in JDBC batches and reports each rejected row with its number and a reason per column.
 * The export names each asset by id, so a file exported, corrected and imported again updates the assets it names.
 */
@Service
public class AssetFiles {

	public static final List<String> COLUMNS = List.of("id", "name", "type", "description", "owner", "classification",
			"confidentiality", "integrity", "availability", "authenticity", "version");

	private static final int[] WIDTHS = { 38, 40, 18, 50, 30, 16, 16, 12, 14, 14, 9 };

	/** Update rows loaded and applied together: one query for their assets, then one flush. */
	static final int UPDATE_BATCH = 500;

	private static final String[] GOALS = { "confidentiality", "integrity", "availability", "authenticity" };

	private final ListQueries lists;

	private final BulkInserts inserts;

	private final AssetRepository assets;

	private final AssetService service;

	private final EntityManager entityManager;

	private final Identity identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssetFiles(ListQueries lists, BulkInserts inserts, AssetRepository assets, AssetService service,
			EntityManager entityManager, Identity identity, ApplicationEventPublisher events, Clock clock) {
		this.lists = lists;
		this.inserts = inserts;
		this.assets = assets;
		this.service = service;
		this.entityManager = entityManager;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Writes the inventory: ids and versions (so the file can be imported back as changes, refused for assets changed
	 * in Ordo since), own protection needs, owners by user name.
	 */
	@Transactional(readOnly = true)
	public void export(Tables.Format format, OutputStream out) {
		Map<UUID, MemberSummary> members = identity.membersById();
		try (Tables.TableWriter writer = Tables.writer(format, out, COLUMNS, WIDTHS)) {
			lists.forEachAsset(asset -> {
				MemberSummary owner = asset.getOwnerId() == null ? null : members.get(asset.getOwnerId());
				int[] own = asset.ownNeeds();
				writer.row(List.of(asset.getId().toString(), asset.getName(), asset.getType().name(),
						nz(asset.getDescription()), owner == null ? "" : owner.username(), nz(asset.getClassification()),
						String.valueOf(own[0]), String.valueOf(own[1]), String.valueOf(own[2]), String.valueOf(own[3]),
						String.valueOf(asset.getVersion())));
			});
		}
	}

	/**
	 * Imports assets: header required ({@code name} and {@code type} at least), owner by user name, empty needs
	 * mean 1. A row with an {@code id} (as the export writes it) changes the asset of this organization it names, so an
	 * exported inventory corrected in a spreadsheet comes back as changes instead of duplicates; a row without one
	 * is a new asset. A row that also carries the {@code version} the export wrote is refused when the asset has been
	 * changed in Ordo since (someone's change would otherwise be overwritten by the older file without anyone seeing
	 * it); an empty version lets the file win. New rows go in as bulk inserts; changes are applied
	 * {@value #UPDATE_BATCH} at a time (their assets loaded by one query), rows equal to their asset write nothing, and the inheritance of needs is re-derived
	 * once at the end for the assets whose own needs changed. One {@link AssetsImported} for the whole file.
	 */
	@Transactional
	public ImportReport importFile(Tables.Format format, InputStream in, String fileName) {
		OrdoPrincipal actor = CurrentActor.requireRole(Members.EDITORS);
		UUID organizationId = CurrentActor.organizationId();
		Map<UUID, MemberSummary> members = identity.membersById();
		Map<String, UUID> byUsername = Members.byUsername(members);
		Set<UUID> existing = new HashSet<>(assets.allIds());
		Set<UUID> named = new HashSet<>();
		Instant now = clock.instant();
		Taken taken = new Taken();
		ImportReport report = ImportRun.run(format, in, List.of("name", "type"), COLUMNS,
				(line, cells, errors) -> parse(line, cells, errors, byUsername, members, existing, named),
				chunk -> taken.write(chunk, organizationId, now));
		taken.applyUpdates(now);
		service.recomputeInheritance(taken.needsChanged);
		report = report.taken(taken.created, taken.updated, taken.unchanged).rejecting(taken.stale);
		String file = fileName == null || fileName.isBlank() ? "api" : fileName;
		events.publishEvent(new AssetsImported(organizationId, file, report.imported(), report.updated(),
				report.rejectedCount(), actor.userId()));
		return report;
	}

	/**
	 * A good row: a new asset, or the new values of the existing asset {@code values.id()}, made on
	 * {@code readVersion} when the file says which version it was exported at (else null: the file wins).
	 */
	private record Row(int line, BulkInserts.NewAsset values, boolean existing, Long readVersion) {
	}

	/** What the rows of one import did; runs on the import's transaction thread. */
	private final class Taken {

		int created;

		int updated;

		int unchanged;

		final Set<UUID> needsChanged = new HashSet<>();

		/** Rows of assets changed in Ordo since the file was exported: refused, so that change is not lost. */
		final List<ImportReport.RejectedRow> stale = new ArrayList<>();

		private final List<Row> pending = new ArrayList<>(UPDATE_BATCH);

		void write(List<Row> chunk, UUID organizationId, Instant now) {
			List<BulkInserts.NewAsset> fresh = new ArrayList<>(chunk.size());
			for (Row row : chunk) {
				if (!row.existing()) {
					fresh.add(row.values());
					continue;
				}
				pending.add(row);
				if (pending.size() == UPDATE_BATCH) {
					applyUpdates(now);
				}
			}
			inserts.assets(organizationId, fresh, now);
			created += fresh.size();
		}

		void applyUpdates(Instant now) {
			if (pending.isEmpty()) {
				return;
			}
			Map<UUID, Asset> found = new HashMap<>();
			assets.findAllById(pending.stream().map(r -> r.values().id()).toList())
				.forEach(a -> found.put(a.getId(), a));
			for (Row taken : pending) {
				BulkInserts.NewAsset row = taken.values();
				Asset asset = found.get(row.id());
				if (asset == null) {
					throw new Conflict("Asset " + row.id() + " was removed while the file was imported; import it "
							+ "again");
				}
				// A row that says what the asset says loses nothing, whatever version it was exported at (the same
				// file imported twice, or a change made in both places alike).
				if (asset.isDescribedAs(row.name(), row.type(), row.description(), row.ownerId(),
						row.classification(), row.needs())) {
					unchanged++;
					continue;
				}
				if (taken.readVersion() != null && taken.readVersion() != asset.getVersion()) {
					stale.add(new ImportReport.RejectedRow(taken.line(), Map.of("version", "the asset was changed in "
							+ "Ordo since this file was exported (the file has version " + taken.readVersion()
							+ ", the asset is at " + asset.getVersion() + "): export again, or empty the version to "
							+ "overwrite")));
					continue;
				}
				if (!Arrays.equals(asset.ownNeeds(), row.needs())) {
					needsChanged.add(asset.getId());
				}
				asset.describe(row.name(), row.type(), row.description(), row.ownerId(), row.classification(),
						row.needs(), now);
				updated++;
			}
			pending.clear();
			// Written now and let go, so a file of 20,000 changes holds at most one batch of entities.
			entityManager.flush();
			entityManager.clear();
		}
	}

	private static Row parse(int line, Map<String, String> cell, Map<String, String> errors,
			Map<String, UUID> byUsername, Map<UUID, MemberSummary> members, Set<UUID> existing, Set<UUID> named) {
		UUID id = null;
		Long readVersion = null;
		String idText = cell.getOrDefault("id", "");
		if (!idText.isEmpty()) {
			try {
				id = UUID.fromString(idText);
			}
			catch (IllegalArgumentException ex) {
				// not an id at all: no asset of this organization either
			}
			if (id == null || !existing.contains(id)) {
				errors.put("id", "is not an asset of this organization");
			}
			else if (named.contains(id)) {
				errors.put("id", "names the same asset as an earlier row of the file");
			}
			else {
				readVersion = readVersion(cell.getOrDefault("version", ""), errors);
			}
		}
		BulkInserts.NewAsset values = values(cell, errors, byUsername, members, id);
		if (values == null) {
			return null;
		}
		if (id != null) {
			named.add(id);
		}
		return new Row(line, values, id != null, readVersion);
	}

	/** The version a row was exported at, if it says (compared when its asset is loaded). */
	private static Long readVersion(String text, Map<String, String> errors) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			errors.put("version",
					"\"" + text + "\" is not a version number; leave it as exported, or empty it to overwrite");
			return null;
		}
	}

	private static BulkInserts.NewAsset values(Map<String, String> cell, Map<String, String> errors,
			Map<String, UUID> byUsername, Map<UUID, MemberSummary> members, UUID id) {
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
		return new BulkInserts.NewAsset(id == null ? BulkInserts.newId() : id, request.name().trim(), type,
				Members.trimToNull(request.description()), owner, Members.trimToNull(request.classification()),
				AssetService.needs(request));
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}
}
