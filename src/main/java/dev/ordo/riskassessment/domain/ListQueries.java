package dev.ordo.riskassessment.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import dev.ordo.riskassessment.AssetType;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.shared.CurrentActor;

/**
 * The asset list and the risk register: filtered, sorted and paged in the database, read as projections, at most two
 * statements (page, and a count capped at {@link #COUNT_CAP} unless the page itself tells the total or the count of
 * the filter is {@link KeptCounts kept}) whatever the size of the data. Sort keys come from a
 * fixed list, never from the request text.
 */
@Repository
public class ListQueries {

	/** Sort keys of the asset list. */
	public static final Map<String, String> ASSET_SORTS = Map.of(
			"name", "a.name asc, a.id asc",
			"type", "a.type asc, a.name asc, a.id asc",
			"protection", "a.protectionLevel desc, a.name asc, a.id asc",
			"classification", "a.classification asc, a.name asc, a.id asc",
			"updated", "a.updatedAt desc, a.id asc");

	/** Sort keys of the risk register. */
	public static final Map<String, String> RISK_SORTS = Map.of(
			"priority", "r.priorityLevel desc, r.title asc, r.id asc",
			"title", "r.title asc, r.id asc",
			"identified", "r.identifiedAt desc, r.id asc",
			"residual", "r.residualLevel desc, r.title asc, r.id asc",
			"inherent", "r.inherentLevel desc, r.title asc, r.id asc");

	private final EntityManager em;

	private final KeptCounts keptCounts;

	ListQueries(EntityManager em, KeptCounts keptCounts) {
		this.em = em;
		this.keptCounts = keptCounts;
	}

	public record AssetFilter(String text, AssetType type, UUID ownerId, Integer minProtection) {
	}

	public record RiskFilter(String text, RiskKind kind, UUID ownerId, UUID assetId, Integer minLevel,
			Boolean reassessmentDue) {
	}

	public Page<AssetRow> assets(AssetFilter filter, String sort, PageRequest page) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.text() != null && !filter.text().isBlank()) {
			where.append(" and lower(a.name) like :text");
			params.put("text", "%" + filter.text().trim().toLowerCase() + "%");
		}
		if (filter.type() != null) {
			where.append(" and a.type = :type");
			params.put("type", filter.type());
		}
		if (filter.ownerId() != null) {
			where.append(" and a.ownerId = :owner");
			params.put("owner", filter.ownerId());
		}
		if (filter.minProtection() != null) {
			where.append(" and a.protectionLevel >= :minProtection");
			params.put("minProtection", filter.minProtection());
		}
		String select = "select new dev.ordo.riskassessment.domain.AssetRow(a.id, a.name, a.type, a.ownerId, "
				+ "a.classification, a.effConfidentiality, a.effIntegrity, a.effAvailability, a.effAuthenticity, "
				+ "a.confidentialitySource, a.integritySource, a.availabilitySource, a.authenticitySource, "
				+ "a.protectionLevel, a.updatedAt) from Asset a" + where + " order by "
				+ order(ASSET_SORTS.getOrDefault(sort, ASSET_SORTS.get("name")), filter.text());
		return page(select, "select count(*) from (select a.id as id from Asset a" + where + CAPPED, params,
				AssetRow.class, page, KeptCounts.Register.ASSETS, filter);
	}

	public Page<RiskRow> risks(RiskFilter filter, String sort, PageRequest page) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = riskWhere(filter, params);
		// The assets' names are read for the page's rows afterwards: joined in the paged query, the database looks
		// up the asset of every row an offset skips too (page 300 of the register: 419 ms instead of 21 ms).
		String select = "select new dev.ordo.riskassessment.domain.RiskRow(r.id, r.title, r.kind, r.assetId, "
				+ "r.threatKey, r.vulnerabilityKey, r.ownerId, r.inherentLevel, r.currentLevel, r.residualLevel, "
				+ "r.priorityLevel, r.reassessmentDue, r.identifiedAt) from Risk r" + where + " order by "
				+ order(RISK_SORTS.getOrDefault(sort, RISK_SORTS.get("priority")), filter.text());
		Page<RiskRow> rows = page(select, "select count(*) from (select r.id as id from Risk r" + where
				+ CAPPED.replace("a.", "r."), params, RiskRow.class, page, KeptCounts.Register.RISKS, filter);
		Map<UUID, String> names = assetNames(rows.getContent().stream().map(RiskRow::assetId)
			.filter(Objects::nonNull).distinct().toList());
		return rows.map(row -> row.assetId() == null ? row : row.withAssetName(names.get(row.assetId())));
	}

	private Map<UUID, String> assetNames(List<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			em.createQuery("select a.id, a.name from Asset a where a.id in :ids", Object[].class)
				.setParameter("ids", ids)
				.getResultList()
				.forEach(row -> names.put((UUID) row[0], (String) row[1]));
		}
		return names;
	}

	/**
	 * A list's order; with a text filter of three letters or more, written so that the database cannot read it from
	 * an index ({@code coalesce(x, x)} around the first key). For such a filter the trigram index finds the matches,
	 * and sorting them is cheap; given the index order, PostgreSQL instead walks the sort index and tests every title
	 * until it has a page, expecting matches to be spread evenly. They are not: "ware" matches "Malware …" and "Ransomware …", and
	 * the title order reached them after 200,000 rows (185 ms; 30 ms through the trigram index). Shorter filters have
	 * no trigram to look up and keep the index order, which finds common letters at once.
	 */
	static String order(String order, String text) {
		if (text == null || text.trim().length() < 3) {
			return order;
		}
		int end = order.indexOf(' ');
		String first = order.substring(0, end);
		return "coalesce(" + first + ", " + first + ")" + order.substring(end);
	}

	/** The register's filter as a {@code where} clause on {@code r} (a risk); its parameters go into {@code params}. */
	private static String riskWhere(RiskFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (filter.text() != null && !filter.text().isBlank()) {
			where.append(" and lower(r.title) like :text");
			params.put("text", "%" + filter.text().trim().toLowerCase() + "%");
		}
		if (filter.kind() != null) {
			where.append(" and r.kind = :kind");
			params.put("kind", filter.kind());
		}
		if (filter.ownerId() != null) {
			where.append(" and r.ownerId = :owner");
			params.put("owner", filter.ownerId());
		}
		if (filter.assetId() != null) {
			where.append(" and r.assetId = :asset");
			params.put("asset", filter.assetId());
		}
		if (filter.minLevel() != null) {
			where.append(" and r.priorityLevel >= :minLevel");
			params.put("minLevel", filter.minLevel());
		}
		if (filter.reassessmentDue() != null) {
			where.append(" and r.reassessmentDue = :due");
			params.put("due", filter.reassessmentDue());
		}
		return where.toString();
	}

	/**
	 * Every risk the register's filter matches, in the register's order, with its asset's name: one query read as a
	 * stream, for exports of any size. Exports used to read page by page like the register; with the count capped at
	 * {@link #COUNT_CAP} the pager stopped there, and offset paging reads every earlier row again for each page.
	 * Entities are let go every {@value #STREAM_CHUNK} rows, so memory stays flat.
	 */
	public void forEachRisk(RiskFilter filter, String sort, BiConsumer<Risk, String> action) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = riskWhere(filter, params);
		stream("select r, a.name from Risk r left join Asset a on a.id = r.assetId" + where + " order by "
				+ order(RISK_SORTS.getOrDefault(sort, RISK_SORTS.get("priority")), filter.text()), params, Object[].class,
				row -> action.accept((Risk) row[0], (String) row[1]));
	}

	/** Every asset by name, as a stream (see {@link #forEachRisk}). */
	public void forEachAsset(Consumer<Asset> action) {
		stream("select a from Asset a order by " + ASSET_SORTS.get("name"), Map.of(), Asset.class, action);
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
	 * The end of a capped count's subquery. HQL wants an order for a limit; all rows of the list belong to one
	 * organization, and every list index starts with it, so this order costs the database nothing.
	 */
	private static final String CAPPED = " order by a.organizationId limit " + (COUNT_CAP + 1) + ") matches";

	/** Whether a list's total stopped at {@link #COUNT_CAP}: there are more matches than it says. */
	public static boolean capped(Page<?> page) {
		return page.getTotalElements() > COUNT_CAP;
	}

	private <T> Page<T> page(String select, String count, Map<String, Object> params, Class<T> type,
			PageRequest page, KeptCounts.Register register, Record filter) {
		TypedQuery<T> query = em.createQuery(select, type);
		TypedQuery<Long> total = em.createQuery(count, Long.class);
		params.forEach((k, v) -> {
			query.setParameter(k, v);
			total.setParameter(k, v);
		});
		List<T> items = query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()).getResultList();
		// Spring Data's rule: a page that is not full, and not past the end, tells the total without counting. The
		// count of a filter is kept until the register changes: paging through a list does not count again.
		return PageableExecutionUtils.getPage(items, page,
				() -> keptCounts.count(CurrentActor.organizationId(), register, filter, total::getSingleResult));
	}
}
