package dev.ordo.implementation.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Repository;

import dev.ordo.implementation.ImplementationStatus;

/**
 * The list of applied controls: filtered, sorted and paged in the database, read as projections, always two
 * statements (page and count). Sort keys come from a fixed list, never from the request text.
 */
@Repository
public class AppliedControlQueries {

	/** Sort keys of the list. */
	public static final Map<String, String> SORTS = Map.of(
			"control", "c.catalogId asc, c.controlLabel asc, c.id asc",
			"status", "c.status asc, c.controlLabel asc, c.id asc",
			"due", "c.dueDate asc nulls last, c.controlLabel asc, c.id asc",
			"verified", "c.lastVerifiedOn asc nulls first, c.controlLabel asc, c.id asc",
			"updated", "c.updatedAt desc, c.id asc");

	private final EntityManager em;

	AppliedControlQueries(EntityManager em) {
		this.em = em;
	}

	/**
	 * Filter of the list; {@code catalogId} is a catalog id (not a key), {@code overdue} with {@code today} and
	 * {@code verificationCutoff} as {@link OverdueRules} computes them.
	 */
	public record Filter(String text, ImplementationStatus status, UUID ownerId, String catalogId, Boolean overdue) {
	}

	public Page<AppliedControlRow> list(Filter filter, String sort, LocalDate today, LocalDate verificationCutoff,
			PageRequest page) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.text() != null && !filter.text().isBlank()) {
			where.append(" and (lower(c.controlLabel) like :text or lower(c.controlTitle) like :text"
					+ " or lower(c.controlId) like :text)");
			params.put("text", "%" + filter.text().trim().toLowerCase() + "%");
		}
		if (filter.status() != null) {
			where.append(" and c.status = :status");
			params.put("status", filter.status());
		}
		if (filter.ownerId() != null) {
			where.append(" and c.ownerId = :owner");
			params.put("owner", filter.ownerId());
		}
		if (filter.catalogId() != null) {
			where.append(" and c.catalogId = :catalog");
			params.put("catalog", filter.catalogId());
		}
		if (filter.overdue() != null) {
			String overdue = "((c.status in (:open) and coalesce(c.dueDate, :today) < :today)"
					+ " or (c.status in (:operating) and coalesce(c.lastVerifiedOn, c.implementedOn, :cutoff) < :cutoff))";
			where.append(filter.overdue() ? " and " + overdue : " and not " + overdue);
			params.put("open", List.of(ImplementationStatus.PLANNED, ImplementationStatus.IN_PROGRESS));
			params.put("operating", List.of(ImplementationStatus.IMPLEMENTED, ImplementationStatus.VERIFIED));
			params.put("today", today);
			params.put("cutoff", verificationCutoff);
		}
		String select = "select new dev.ordo.implementation.domain.AppliedControlRow(c.id, c.catalogId, c.controlId, "
				+ "c.controlLabel, c.controlTitle, c.status, c.ownerId, c.dueDate, c.implementedOn, c.lastVerifiedOn, "
				+ "c.lastVerificationResult) from AppliedControl c" + where + " order by "
				+ SORTS.getOrDefault(sort, SORTS.get("control"));
		TypedQuery<AppliedControlRow> query = em.createQuery(select, AppliedControlRow.class);
		TypedQuery<Long> total = em.createQuery("select count(c) from AppliedControl c" + where, Long.class);
		params.forEach((k, v) -> {
			query.setParameter(k, v);
			total.setParameter(k, v);
		});
		List<AppliedControlRow> items = query.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList();
		return new PageImpl<>(items, page, total.getSingleResult());
	}

	/** Every applied control of the organization as a projection, for the coverage of a catalog. */
	public List<AppliedControlRow> all() {
		return em.createQuery("select new dev.ordo.implementation.domain.AppliedControlRow(c.id, c.catalogId, "
				+ "c.controlId, c.controlLabel, c.controlTitle, c.status, c.ownerId, c.dueDate, c.implementedOn, "
				+ "c.lastVerifiedOn, c.lastVerificationResult) from AppliedControl c", AppliedControlRow.class)
			.getResultList();
	}
}
