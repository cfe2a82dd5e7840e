package dev.ordo.riskassessment.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.ordo.riskassessment.AssetType;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.TreatmentState;
import dev.ordo.shared.CurrentActor;

/**
 * The asset list and the risk register: filtered, sorted and paged in the database, read as projections, at most two
 * statements (page, and a count capped at {@link #COUNT_CAP} unless the page itself tells the total or the count of
 * the filter is {@link KeptCounts kept}) whatever the size of the data. Sort keys come from a
 * fixed list, never from the request text.
 *
 * <p>The pages are read in SQL through JDBC, not through Hibernate. Hibernate enables its organization filter
 * ({@code @TenantId}) on every session, and a query with an enabled filter is translated from HQL to SQL anew each
 * time rather than taken from the query plan cache: under 64 readers of the registers that translation was about a
 * third of the app's CPU (JFR, docs/performance.md). Here the organization is an explicit predicate of every
 * statement ({@link #organization()}), so nothing of another organization can be read. The statements run on the
 * transaction's connection; callers read in read-only transactions, which flush nothing and so see what is committed.
 */
@Repository
public class ListQueries {

	/** Sort keys of the asset list (SQL on {@code asset a}). */
	public static final Map<String, String> ASSET_SORTS = Map.of(
			"name", "a.sort_name asc, a.id asc",
			"type", "a.type asc, a.sort_name asc, a.id asc",
			"protection", "a.protection_level desc, a.sort_name asc, a.id asc",
			"classification", "a.classification asc, a.sort_name asc, a.id asc",
			"updated", "a.updated_at desc, a.id asc");

	/** Sort keys of the risk register (SQL on {@code risk r}). */
	public static final Map<String, String> RISK_SORTS = Map.of(
			"priority", "r.priority_level desc, r.sort_title asc, r.id asc",
			"title", "r.sort_title asc, r.id asc",
			"identified", "r.identified_at desc, r.id asc",
			"residual", "r.residual_level desc, r.sort_title asc, r.id asc",
			"inherent", "r.inherent_level desc, r.sort_title asc, r.id asc");

	/** The same orders for the entity queries of the exports (HQL on {@code Risk r}, {@code Asset a}). */
	private static final Map<String, String> RISK_ENTITY_SORTS = Map.of(
			"priority", "r.priorityLevel desc, r.sortTitle asc, r.id asc",
			"title", "r.sortTitle asc, r.id asc",
			"identified", "r.identifiedAt desc, r.id asc",
			"residual", "r.residualLevel desc, r.sortTitle asc, r.id asc",
			"inherent", "r.inherentLevel desc, r.sortTitle asc, r.id asc");

	private static final String ASSET_ENTITY_ORDER = "a.sortName asc, a.id asc";

	private final EntityManager em;

	private final NamedParameterJdbcTemplate jdbc;

	private final KeptCounts keptCounts;

	ListQueries(EntityManager em, NamedParameterJdbcTemplate jdbc, KeptCounts keptCounts) {
		this.em = em;
		this.jdbc = jdbc;
		this.keptCounts = keptCounts;
	}

	public record AssetFilter(String text, AssetType type, UUID ownerId, Integer minProtection) {
	}

	/**
	 * The register's filter; {@code cell}, when given, keeps the risks of one heat map cell (the drill-down from the
	 * heat map to the risks it counts); {@code treatment}, when given, the risks in that treatment state (as risk
	 * treatment reported it, {@link TreatmentState}).
	 */
	public record RiskFilter(String text, RiskKind kind, UUID ownerId, UUID assetId, Integer minLevel,
			Boolean reassessmentDue, RiskStatus status, RatingCell cell, TreatmentState treatment) {

		public RiskFilter(String text, RiskKind kind, UUID ownerId, UUID assetId, Integer minLevel,
				Boolean reassessmentDue, RiskStatus status, RatingCell cell) {
			this(text, kind, ownerId, assetId, minLevel, reassessmentDue, status, cell, null);
		}

		/** The open risks only, as the register shows by default. */
		public RiskFilter(String text, RiskKind kind, UUID ownerId, UUID assetId, Integer minLevel,
				Boolean reassessmentDue) {
			this(text, kind, ownerId, assetId, minLevel, reassessmentDue, RiskStatus.OPEN);
		}

		public RiskFilter(String text, RiskKind kind, UUID ownerId, UUID assetId, Integer minLevel,
				Boolean reassessmentDue, RiskStatus status) {
			this(text, kind, ownerId, assetId, minLevel, reassessmentDue, status, null);
		}
	}

	/** A heat map cell: the risks whose {@code rating} has this likelihood and consequence (scale values from 1). */
	public record RatingCell(RatingKind rating, int likelihood, int consequence) {
	}

	/** Which risks the register lists: open ones by default, closed ones, or all. */
	public enum RiskStatus {
		OPEN, CLOSED, ALL
	}

	private static final String ASSET_COLUMNS = "a.id, a.name, a.type, a.owner_id, a.classification, "
			+ "a.eff_confidentiality, a.eff_integrity, a.eff_availability, a.eff_authenticity, a.confidentiality_source, "
			+ "a.integrity_source, a.availability_source, a.authenticity_source, a.protection_level, a.updated_at";

	private static final RowMapper<AssetRow> ASSET_ROW = (rs, n) -> new AssetRow(rs.getObject(1, UUID.class),
			rs.getString(2), AssetType.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getString(5),
			rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getObject(10, UUID.class),
			rs.getObject(11, UUID.class), rs.getObject(12, UUID.class), rs.getObject(13, UUID.class), rs.getInt(14),
			instant(rs, 15));

	private static final String RISK_COLUMNS = "r.id, r.title, r.kind, r.asset_id, r.threat_key, r.vulnerability_key, "
			+ "r.owner_id, r.inherent_level, r.current_level, r.residual_level, r.priority_level, r.reassessment_due, "
			+ "r.identified_at, r.treatment_state";

	private static final RowMapper<RiskRow> RISK_ROW = (rs, n) -> new RiskRow(rs.getObject(1, UUID.class),
			rs.getString(2), RiskKind.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getString(5),
			rs.getString(6), rs.getObject(7, UUID.class), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
			rs.getBoolean(12), instant(rs, 13), TreatmentState.valueOf(rs.getString(14)));

	public Page<AssetRow> assets(AssetFilter filter, String sort, PageRequest page) {
		MapSqlParameterSource params = organization();
		StringBuilder where = new StringBuilder(" where a.organization_id = :organization");
		if (filter.text() != null && !filter.text().isBlank()) {
			where.append(" and lower(a.name) like :text");
			params.addValue("text", "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%");
		}
		if (filter.type() != null) {
			where.append(" and a.type = :type");
			params.addValue("type", filter.type().name());
		}
		if (filter.ownerId() != null) {
			where.append(" and a.owner_id = :owner");
			params.addValue("owner", filter.ownerId());
		}
		if (filter.minProtection() != null) {
			where.append(" and a.protection_level >= :minProtection");
			params.addValue("minProtection", filter.minProtection());
		}
		String order = ASSET_SORTS.getOrDefault(sort, ASSET_SORTS.get("name"));
		return page(new Statement("asset a", ASSET_COLUMNS, where.toString(), order, filter.text(), false, page), params,
				ASSET_ROW, page, KeptCounts.Register.ASSETS, filter);
	}

	public Page<RiskRow> risks(RiskFilter filter, String sort, PageRequest page) {
		MapSqlParameterSource params = organization();
		String where = riskWhere(filter, true, params::addValue);
		// The assets' names are read for the page's rows afterwards: joined in the paged query, the database looks
		// up the asset of every row an offset skips too (page 300 of the register: 419 ms instead of 21 ms).
		String order = RISK_SORTS.getOrDefault(sort, RISK_SORTS.get("priority"));
		Page<RiskRow> rows = page(new Statement("risk r", RISK_COLUMNS, where, order, filter.text(),
				filter.cell() != null || filter.treatment() != null, page), params,
				RISK_ROW, page, KeptCounts.Register.RISKS, filter);
		Map<UUID, String> names = assetNames(rows.getContent().stream().map(RiskRow::assetId)
			.filter(Objects::nonNull).distinct().toList());
		return rows.map(row -> row.assetId() == null ? row : row.withAssetName(names.get(row.assetId())));
	}

	private Map<UUID, String> assetNames(List<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.query("select a.id, a.name from asset a where a.organization_id = :organization and a.id in (:ids)",
					organization().addValue("ids", ids),
					(RowCallbackHandler) rs -> names.put(rs.getObject(1, UUID.class), rs.getString(2)));
		}
		return names;
	}

	/** The current organization as the {@code :organization} parameter every statement here filters on. */
	private static MapSqlParameterSource organization() {
		return new MapSqlParameterSource("organization", CurrentActor.organizationId());
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	/**
	 * A list's order for the database, steered by where the rows of a text filter are found fastest.
	 *
	 * <p>With a text filter of three letters or more the trigram index finds all matches (5,000-20,000 of 300,000
	 * risks for the benchmark's words, 15-35 ms), which are then sorted. Walking the sort order's index and testing
	 * each row instead stops after a page, and is faster when matches are spread along that order: sorted by a
	 * level (a few values, each holding matches of every kind) the first pages took 0.1-9 ms. Sorted by title or a
	 * date, matches cluster ("ware" in "Malware …" and "Ransomware …" came after 200,000 titles: 80-185 ms), and deep
	 * pages walk most of the index whatever the order (5,000 rows in: 106-142 ms). So the walk is kept for a level
	 * order and an offset below {@value #WALK_OFFSET}; otherwise the first key is wrapped as {@code coalesce(x, x)},
	 * which no index provides, and the database takes the trigram index. Shorter filters have no trigram to look up
	 * and keep the index order, which finds common letters at once.
	 */
	static String order(String order, String text, long offset) {
		if (text == null || text.trim().length() < 3) {
			return order;
		}
		int end = order.indexOf(' ');
		String first = order.substring(0, end);
		if (first.endsWith("_level") && offset < WALK_OFFSET) {
			return order;
		}
		return "coalesce(" + first + ", " + first + ")" + order.substring(end);
	}

	/** Rows into a list from which a text-filtered page is sorted from the trigram matches (see {@link #order}). */
	static final int WALK_OFFSET = 1_000;

	/** Columns of the register's filters, in SQL (the read models) and in HQL (the exports' entity query). */
	private static final Map<String, String> SQL_FILTERS = Map.of("title", "r.title", "owner", "r.owner_id", "asset",
			"r.asset_id", "level", "r.priority_level", "due", "r.reassessment_due", "closed", "r.closed", "treatment",
		"r.treatment_state");

	private static final Map<String, String> HQL_FILTERS = Map.of("title", "r.title", "owner", "r.ownerId", "asset",
			"r.assetId", "level", "r.priorityLevel", "due", "r.reassessmentDue", "closed", "r.closed", "treatment",
		"r.treatmentState");

	/**
	 * The register's filter as a {@code where} clause on {@code r} (a risk), in SQL with the organization's predicate,
	 * or in HQL, where Hibernate's filter adds it; the parameters go to {@code params}.
	 */
	private static String riskWhere(RiskFilter filter, boolean sql, BiConsumer<String, Object> params) {
		Map<String, String> column = sql ? SQL_FILTERS : HQL_FILTERS;
		StringBuilder where = new StringBuilder(sql ? " where r.organization_id = :organization" : " where 1 = 1");
		if (filter.text() != null && !filter.text().isBlank()) {
			where.append(" and lower(").append(column.get("title")).append(") like :text");
			params.accept("text", "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%");
		}
		if (filter.kind() != null) {
			where.append(" and r.kind = :kind");
			params.accept("kind", sql ? filter.kind().name() : filter.kind());
		}
		if (filter.ownerId() != null) {
			where.append(" and ").append(column.get("owner")).append(" = :owner");
			params.accept("owner", filter.ownerId());
		}
		if (filter.assetId() != null) {
			where.append(" and ").append(column.get("asset")).append(" = :asset");
			params.accept("asset", filter.assetId());
		}
		if (filter.minLevel() != null) {
			where.append(" and ").append(column.get("level")).append(" >= :minLevel");
			params.accept("minLevel", filter.minLevel());
		}
		if (filter.reassessmentDue() != null) {
			where.append(" and ").append(column.get("due")).append(" = :due");
			params.accept("due", filter.reassessmentDue());
		}
		if (filter.treatment() != null) {
			where.append(" and ").append(column.get("treatment")).append(" = :treatment");
			params.accept("treatment", sql ? filter.treatment().name() : filter.treatment());
		}
		if (filter.status() == RiskStatus.CLOSED) {
			where.append(" and ").append(column.get("closed")).append(" = true");
		}
		else if (filter.status() == RiskStatus.OPEN) {
			where.append(sql ? OPEN_RISKS : " and r.closed = false");
		}
		if (filter.cell() != null) {
			String[] cell = (sql ? CELL_COLUMNS : HQL_CELL_COLUMNS).get(filter.cell().rating()).split(", ");
			where.append(" and ").append(cell[0]).append(" = :cellLikelihood and ").append(cell[1])
				.append(" = :cellConsequence");
			params.accept("cellLikelihood", filter.cell().likelihood());
			params.accept("cellConsequence", filter.cell().consequence());
		}
		return where.toString();
	}

	/**
	 * The open risks in SQL: every risk except the closed ones, whose ids the database finds in a partial index
	 * (PostgreSQL, {@code V12}) and keeps in a hash. Testing {@code closed} on each row instead reads the table for
	 * every row a page or count walks, as no sort index holds the column: 20,000 rows into the register at 100,000
	 * risks 154 ms instead of 4 ms, the capped count 10 ms instead of 2 (docs/performance.md).
	 */
	private static final String OPEN_RISKS = " and r.id not in (select c.id from risk c"
			+ " where c.organization_id = :organization and c.closed = true)";

	/** The rating columns of a heat map: likelihood and consequence of the chosen rating. */
	private static final Map<RatingKind, String> CELL_COLUMNS = Map.of(
			RatingKind.INHERENT, "r.inherent_likelihood, r.inherent_consequence",
			RatingKind.CURRENT, "r.current_likelihood, r.current_consequence",
			RatingKind.RESIDUAL, "r.residual_likelihood, r.residual_consequence");

	private static final Map<RatingKind, String> HQL_CELL_COLUMNS = Map.of(
			RatingKind.INHERENT, "r.inherentLikelihood, r.inherentConsequence",
			RatingKind.CURRENT, "r.currentLikelihood, r.currentConsequence",
			RatingKind.RESIDUAL, "r.residualLikelihood, r.residualConsequence");

	/**
	 * The open risks per cell of a rating's heat map (likelihood, consequence, count; a {@code null} level for unrated
	 * risks), in one statement: the counts of all risks less those of the closed ones, so the large part is counted
	 * from an index alone (the current rating's: 25 ms at 100,000 risks, against 94 ms testing each row for
	 * {@code closed}) and only the few closed risks are read from the table.
	 */
	public List<Object[]> heatMapCells(RatingKind kind) {
		String columns = CELL_COLUMNS.get(kind);
		String byCell = " group by " + columns;
		return jdbc.query("select l, c, sum(n) from (select " + columns + ", count(*) n from risk r"
				+ " where r.organization_id = :organization" + byCell + " union all select " + columns
				+ ", -count(*) from risk r where r.organization_id = :organization and r.closed = true" + byCell
				+ ") cells (l, c, n) group by l, c having sum(n) > 0", organization(),
				(rs, n) -> new Object[] { rs.getObject(1, Integer.class), rs.getObject(2, Integer.class),
						rs.getLong(3) });
	}

	/**
	 * Every risk the register's filter matches, in the register's order, with its asset's name: one query read as a
	 * stream, for exports of any size. Exports used to read page by page like the register; with the count capped at
	 * {@link #COUNT_CAP} the pager stopped there, and offset paging reads every earlier row again for each page.
	 * Entities are let go every {@value #STREAM_CHUNK} rows, so memory stays flat.
	 */
	public void forEachRisk(RiskFilter filter, String sort, BiConsumer<Risk, String> action) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = riskWhere(filter, false, params::put);
		stream("select r, a.name from Risk r left join Asset a on a.id = r.assetId" + where + " order by "
				+ order(RISK_ENTITY_SORTS.getOrDefault(sort, RISK_ENTITY_SORTS.get("priority")), filter.text(),
						WALK_OFFSET), params,
				Object[].class,
				row -> action.accept((Risk) row[0], (String) row[1]));
	}

	/** Every asset by name, as a stream (see {@link #forEachRisk}). */
	public void forEachAsset(Consumer<Asset> action) {
		stream("select a from Asset a order by " + ASSET_ENTITY_ORDER, Map.of(), Asset.class, action);
	}

	static final int STREAM_CHUNK = 500;

	private <T> void stream(String select, Map<String, Object> params, Class<T> type, Consumer<T> action) {
		TypedQuery<T> query = em.createQuery(select, type)
			.setHint(HibernateHints.HINT_FETCH_SIZE, STREAM_CHUNK)
			.setHint(HibernateHints.HINT_READ_ONLY, true);
		params.forEach(query::setParameter);
		try (Stream<T> rows = query.getResultStream()) {
			int[] seen = { 0 };
			rows.forEach(row -> {
				action.accept(row);
				if (++seen[0] % STREAM_CHUNK == 0) {
					em.clear();
				}
			});
		}
	}

	/**
	 * Lists count their matches up to this many; beyond, the total says "more than" (see {@link #capped}). An exact
	 * {@code count(*)} costs 40 ms at 200,000 risks on the benchmark machine, on every page; a capped one a few.
	 */
	public static final int COUNT_CAP = 10_000;

	/**
	 * A list's matches are kept in order ({@link #keptPage}) up to this many: beyond, every page is read by the
	 * database again. Above {@link #COUNT_CAP}, so a search for a common word (20,000 of 300,000 risks on the benchmark
	 * machine, 50 ms of database time a page) is read once until the register changes; 400 KB of ids at most.
	 */
	public static final int KEPT_MATCHES_CAP = 25_000;

	/** Whether a list's total stopped at {@link #COUNT_CAP}: there are more matches than it says. */
	public static boolean capped(Page<?> page) {
		return page.getTotalElements() > COUNT_CAP;
	}

	/**
	 * A list's statement: {@code table} with its one-letter alias, the columns, filter and sort order written with it,
	 * and the filter's text if any. {@code keptFilter}: the filter keeps one heat map cell or one treatment state,
	 * read like a text filter through the kept matches ({@link #keptPage}). Only the current rating's cell has an
	 * index, and the treatment state none (each more costs the risk import, docs/performance.md); an inherent or
	 * residual cell, or a treatment state, is found by walking the sort order and testing each risk, up to the whole
	 * organization's register when few risks match (accepted ones, say). Kept, that is done once until the register
	 * changes, not for every page and its count; a state most risks are in (untreated) has more matches than are
	 * kept, and its pages find theirs at once in the sort index.
	 */
	private record Statement(String table, String columns, String where, String sort, String text,
			boolean keptFilter, PageRequest page) {

		String alias() {
			return table.substring(table.indexOf(' ') + 1);
		}

		boolean withoutText() {
			return blank(text);
		}

		/** The order of one page's statement (see {@link ListQueries#order}). */
		String order() {
			return ListQueries.order(sort, text, page.getOffset());
		}

		/** The order in which all matches are read at once: as for the deepest page. */
		String matchesOrder() {
			return ListQueries.order(sort, text, WALK_OFFSET);
		}
	}

	/**
	 * Rows into a list from which a page first finds its rows' ids and then reads the rows: with {@code OFFSET} the
	 * database reads every row it skips, and for the ids alone it can skip through the index (register sorted by
	 * residual level at 300,000 risks: 18 ms → 7 ms 20,000 rows in, 11 → 6 ms 10,000 in; slower for the first pages,
	 * 2.6 → 4.3 ms 1,000 in). A text filter reads its matches from the trigram index either way.
	 */
	public static final int DEFERRED_OFFSET = 2_000;

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * A page of {@code list}, and when needed the number of its rows, counted up to {@link #COUNT_CAP} + 1: all rows
	 * of a list belong to one organization and every list index starts with it, so the database stops after that many.
	 * A text-filtered list, and a page from {@link #DEFERRED_OFFSET} rows in, read their rows through the list's kept
	 * matches ({@link #keptPage}) when there are at most {@link #KEPT_MATCHES_CAP} of them.
	 */
	private <T> Page<T> page(Statement list, MapSqlParameterSource params, RowMapper<T> rows, PageRequest page,
			KeptCounts.Register register, Record filter) {
		if (!list.withoutText() || list.keptFilter() || page.getOffset() >= DEFERRED_OFFSET) {
			Page<T> kept = keptPage(list, params, rows, page, register, filter);
			if (kept != null) {
				return kept;
			}
		}
		MapSqlParameterSource paged = new MapSqlParameterSource(params.getValues())
			.addValue("offset", page.getOffset())
			.addValue("size", page.getPageSize());
		String a = list.alias();
		String window = list.where() + " order by " + list.order() + " offset :offset rows fetch first :size rows only";
		String select = page.getOffset() >= DEFERRED_OFFSET && list.withoutText()
				? "select " + list.columns() + " from " + list.table() + " join (select " + a + ".id from "
						+ list.table() + window + ") p on p.id = " + a + ".id order by " + list.order()
				: "select " + list.columns() + " from " + list.table() + window;
		List<T> items = jdbc.query(select, paged, rows);
		// Spring Data's rule: a page that is not full, and not past the end, tells the total without counting. The
		// count of a filter is kept until the register changes: paging through a list does not count again.
		return PageableExecutionUtils.getPage(items, page,
				() -> keptCounts.count(CurrentActor.organizationId(), register, filter,
						() -> jdbc.queryForObject("select count(*) from (select " + a + ".id from " + list.table()
								+ list.where() + " fetch first " + (COUNT_CAP + 1) + " rows only) matches", params,
								Long.class)));
	}

	/**
	 * A page read from the list's matches kept in order ({@link KeptCounts.Matches}): the ids of the page, then its
	 * rows by id, so the total is known and no page sorts the matches again until the register changes; {@code null}
	 * when there are more than {@link #KEPT_MATCHES_CAP} matches (kept as such, so that is not asked again either).
	 *
	 * <p>Before, every page of a text search read all its matches from the trigram index and sorted them, and a deep
	 * page of a filter its sort index walks (assets of one type by last change) skipped through most of the list; the
	 * searches were about half of the database's time under the register load (docs/performance.md).
	 */
	private <T> Page<T> keptPage(Statement list, MapSqlParameterSource params, RowMapper<T> rows, PageRequest page,
			KeptCounts.Register register, Record filter) {
		String a = list.alias();
		String order = list.matchesOrder();
		KeptCounts.Matches matches = keptCounts.matches(CurrentActor.organizationId(), register,
				List.of(filter, order), () -> {
					List<UUID> ids = jdbc.queryForList("select " + a + ".id from " + list.table() + list.where()
							+ " order by " + order + " fetch first " + (KEPT_MATCHES_CAP + 1) + " rows only", params,
							UUID.class);
					return ids.size() > KEPT_MATCHES_CAP ? KeptCounts.Matches.TOO_MANY : KeptCounts.Matches.of(ids);
				});
		if (matches.tooMany()) {
			return null;
		}
		List<UUID> ids = matches.ids(page.getOffset(), page.getPageSize());
		List<T> items = new ArrayList<>(ids.size());
		if (!ids.isEmpty()) {
			Map<UUID, T> byId = new HashMap<>();
			jdbc.query("select " + list.columns() + " from " + list.table() + " where " + a
					+ ".organization_id = :organization and " + a + ".id in (:ids)",
					organization().addValue("ids", ids), (RowCallbackHandler) rs -> byId.put(rs.getObject(1,
							UUID.class), rows.mapRow(rs, byId.size())));
			// A row deleted since the matches were kept (only by a change this process did not see) is left out.
			ids.stream().map(byId::get).filter(Objects::nonNull).forEach(items::add);
		}
		return new PageImpl<>(items, page, matches.size());
	}
}
