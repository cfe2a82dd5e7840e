package dev.ordo.riskassessment.application;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.riskassessment.AssetView;
import dev.ordo.riskassessment.ImportReport;
import dev.ordo.riskassessment.LibraryEntry;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.RisksImported;
import dev.ordo.riskassessment.domain.AssetRepository;
import dev.ordo.riskassessment.RiskAssessmentRunKind;
import dev.ordo.riskassessment.domain.BulkInserts;
import dev.ordo.riskassessment.domain.RiskAssessmentRun;
import dev.ordo.riskassessment.domain.CriteriaModel;
import dev.ordo.riskassessment.domain.ListQueries;
import dev.ordo.riskassessment.domain.Risk;
import dev.ordo.riskassessment.domain.RiskLibrary;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.OrdoPrincipal;

/**
 * Export and import of the risk register as CSV or XLSX (ISO/IEC 27001 6.1.2 c–e, TS 27022 7.4). Export follows the
 * register's filter and sort and streams; import streams the file, resolves assets, owners and rating
 * levels from lookups made once, inserts the good rows in JDBC batches with a rating-history entry per imported
 * rating ("imported from …"), and reports each rejected row with its number and a reason per column.
 */
@Service
public class RiskFiles {

	public static final List<String> COLUMNS = List.of("id", "title", "kind", "description", "asset", "threat",
			"vulnerability", "scenario", "consequence_category", "owner", "inherent_likelihood",
			"inherent_consequence", "inherent_level", "current_likelihood", "current_consequence", "current_level",
			"residual_likelihood", "residual_consequence", "residual_level", "acceptable", "reassessment_due",
			"treatment");

	private static final int[] WIDTHS = { 38, 40, 14, 40, 30, 16, 16, 40, 20, 30, 12, 12, 14, 12, 12, 14, 12, 12, 14,
			12, 12, 20 };

	private final AssetRepository assets;

	private final ListQueries lists;

	private final BulkInserts inserts;

	private final RiskCriteriaService criteria;

	private final Identity identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RiskAssessmentRuns runs;

	RiskFiles(AssetRepository assets, ListQueries lists, BulkInserts inserts, RiskCriteriaService criteria,
			Identity identity, ApplicationEventPublisher events, Clock clock, RiskAssessmentRuns runs) {
		this.runs = runs;
		this.assets = assets;
		this.lists = lists;
		this.inserts = inserts;
		this.criteria = criteria;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	/** Writes the register as filtered and sorted on the register page (one query, read as a stream). */
	@Transactional(readOnly = true)
	public void export(Tables.Format format, OutputStream out, ListQueries.RiskFilter filter, String sort) {
		Map<UUID, MemberSummary> members = identity.membersById();
		CriteriaModel model = criteria.model();
		try (Tables.TableWriter writer = Tables.writer(format, out, COLUMNS, WIDTHS)) {
			lists.forEachRisk(filter, sort, (risk, assetName) -> writer.row(cells(risk, assetName, members, model)));
		}
	}

	private static List<String> cells(Risk r, String assetName, Map<UUID, MemberSummary> members,
			CriteriaModel model) {
		MemberSummary owner = r.getOwnerId() == null ? null : members.get(r.getOwnerId());
		List<String> cells = new ArrayList<>(List.of(r.getId().toString(), r.getTitle(), r.getKind().name(),
				nz(r.getDescription()), nz(assetName), nz(r.getThreatKey()), nz(r.getVulnerabilityKey()),
				nz(r.getScenario()), nz(r.getConsequenceCategory()), owner == null ? "" : owner.username()));
		for (RatingKind kind : RatingKind.values()) {
			int[] lc = r.rating(kind);
			cells.add(lc == null ? "" : String.valueOf(lc[0]));
			cells.add(lc == null ? "" : String.valueOf(lc[1]));
			cells.add(lc == null ? "" : model.levelName(r.level(kind)));
		}
		cells.add(r.getPriorityLevel() == 0 ? "" : String.valueOf(model.acceptable(r.getPriorityLevel())));
		cells.add(String.valueOf(r.isReassessmentDue()));
		cells.add(r.getTreatmentState().name());
		return cells;
	}

	/**
	 * Imports risks. Header required ({@code title}, {@code kind}, {@code owner} at least); the export's columns
	 * are understood, the computed ones ({@code id}, levels, {@code acceptable}, {@code reassessment_due},
	 * {@code treatment}, which risk treatment reports) are ignored. One {@link RisksImported} for the whole file.
	 */
	@Transactional
	public ImportReport importFile(Tables.Format format, InputStream in, String fileName) {
		OrdoPrincipal actor = CurrentActor.requireRole(Members.EDITORS);
		UUID organizationId = CurrentActor.organizationId();
		Map<UUID, MemberSummary> members = identity.membersById();
		Lookups lookups = new Lookups(Members.byUsername(members), members, assetsByName(), criteria.model());
		String file = fileName == null || fileName.isBlank() ? "api" : fileName;
		String reason = "imported from " + file;
		Instant now = clock.instant();
		// One run for the whole file; its id goes into every row the bulk insert writes.
		RiskAssessmentRun run = runs.record(new RiskAssessmentRun(RiskAssessmentRunKind.IMPORT, actor.userId(), now)
			.file(file));
		ImportReport report = ImportRun.run(format, in, List.of("title", "kind", "owner"), COLUMNS,
				(line, cells, errors) -> parse(cells, errors, lookups),
				chunk -> inserts.risks(organizationId, chunk, actor.userId(), reason, now, run.getId()))
			.ofRun(run.getId());
		run.imported(report.imported(), report.rejectedCount());
		events.publishEvent(new RisksImported(organizationId, file, report.imported(), report.rejectedCount(),
				actor.userId()));
		return report;
	}

	/** Asset by lower-case name (or id text); {@code null} marks a name several assets share. */
	private Map<String, UUID> assetsByName() {
		Map<String, UUID> byName = new HashMap<>();
		for (AssetView.AssetRef ref : assets.allRefs()) {
			byName.put(ref.id().toString(), ref.id());
			String name = ref.name().toLowerCase(Locale.ROOT);
			byName.put(name, byName.containsKey(name) ? null : ref.id());
		}
		return byName;
	}

	private record Lookups(Map<String, UUID> owners, Map<UUID, MemberSummary> members, Map<String, UUID> assets,
			CriteriaModel model) {
	}

	private static BulkInserts.NewRisk parse(Map<String, String> cell, Map<String, String> errors, Lookups lookups) {
		String kindText = cell.getOrDefault("kind", "");
		RiskKind kind = null;
		try {
			kind = kindText.isEmpty() ? null
					: RiskKind.valueOf(kindText.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			errors.put("kind", "must be ASSET_BASED or EVENT_BASED, not \"" + kindText + "\"");
		}
		UUID owner = Members.byName(cell.getOrDefault("owner", ""), lookups.owners(), "owner", errors);
		if (owner == null && !errors.containsKey("owner")) {
			errors.put("owner", "every risk needs a risk owner (ISO/IEC 27001 6.1.2 c)");
		}
		UUID asset = null;
		String assetText = cell.getOrDefault("asset", "");
		if (kind == RiskKind.ASSET_BASED && !assetText.isEmpty()) {
			String key = assetText.toLowerCase(Locale.ROOT);
			asset = lookups.assets().get(key);
			if (asset == null) {
				errors.put("asset", lookups.assets().containsKey(key)
						? "several assets are named \"" + assetText + "\"; give the asset's id"
						: "\"" + assetText + "\" is not an asset of this organization");
			}
		}
		String threat = libraryKey(cell.getOrDefault("threat", ""), RiskLibrary.THREATS);
		String vulnerability = libraryKey(cell.getOrDefault("vulnerability", ""), RiskLibrary.VULNERABILITIES);
		int[][] ratings = new int[3][];
		int[] levels = new int[3];
		CriteriaModel model = lookups.model();
		for (RatingKind rating : RatingKind.values()) {
			String prefix = rating.name().toLowerCase(Locale.ROOT);
			Integer l = position(cell.getOrDefault(prefix + "_likelihood", ""), model.likelihood(),
					prefix + "_likelihood", errors);
			Integer c = position(cell.getOrDefault(prefix + "_consequence", ""), model.consequence(),
					prefix + "_consequence", errors);
			if (l != null && c != null) {
				ratings[rating.ordinal()] = new int[] { l, c };
				levels[rating.ordinal()] = model.level(l, c);
			}
			else if (l != null || c != null) {
				errors.putIfAbsent(prefix + (l == null ? "_likelihood" : "_consequence"),
						"a rating needs both likelihood and consequence");
			}
		}
		RiskRequest request = new RiskRequest(cell.getOrDefault("title", ""), kind, cell.get("description"), asset,
				threat, vulnerability, cell.get("scenario"), cell.get("consequence_category"), owner);
		RiskService.problems(request, lookups.members(), model, id -> true)
			.forEach((field, message) -> errors.putIfAbsent(column(field), message));
		if (!errors.isEmpty()) {
			return null;
		}
		boolean assetBased = kind == RiskKind.ASSET_BASED;
		return new BulkInserts.NewRisk(BulkInserts.newId(), request.title().trim(), kind,
				Members.trimToNull(request.description()), assetBased ? asset : null, assetBased ? threat : null,
				assetBased ? vulnerability : null, Members.trimToNull(request.scenario()),
				Members.trimToNull(request.consequenceCategory()), owner, ratings, levels);
	}

	/** A threat or vulnerability by key ({@code T-MALWARE}) or by name; unknown text stays as is (and is refused). */
	private static String libraryKey(String text, List<LibraryEntry> library) {
		if (text.isEmpty()) {
			return null;
		}
		Optional<LibraryEntry> entry = library.stream()
			.filter(e -> e.key().equalsIgnoreCase(text) || e.name().equalsIgnoreCase(text)).findFirst();
		return entry.map(LibraryEntry::key).orElse(text);
	}

	/** A scale position by number (1 = lowest) or by level name. */
	private static Integer position(String text, List<CriteriaModel.Level> scale, String column,
			Map<String, String> errors) {
		if (text.isEmpty()) {
			return null;
		}
		for (int i = 0; i < scale.size(); i++) {
			if (scale.get(i).name().equalsIgnoreCase(text) || String.valueOf(i + 1).equals(text)) {
				return i + 1;
			}
		}
		errors.put(column, "\"" + text + "\" is not a level from 1 to " + scale.size() + " or one of "
				+ scale.stream().map(CriteriaModel.Level::name).collect(Collectors.joining(", ")));
		return null;
	}

	private static String column(String field) {
		return switch (field) {
			case "ownerId" -> "owner";
			case "assetId" -> "asset";
			case "threatKey" -> "threat";
			case "vulnerabilityKey" -> "vulnerability";
			case "consequenceCategory" -> "consequence_category";
			default -> field;
		};
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}
}
