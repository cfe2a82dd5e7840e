package dev.ordo.riskassessment.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.ordo.riskassessment.RatingKind;

/**
 * The re-mapping of an organization's ratings after a change of its risk criteria (ISO/IEC 27001 6.1.2 a and b: the
 * criteria in force apply to every risk; TS 27022 7.4), set-based: the rule gives each pair of old positions one new
 * rating ({@link CriteriaModel#remapping}, at most 7 × 7 pairs), so the statements join the risks with that table
 * instead of loading each risk. Four statements whatever the number of risks: per rating kind one insert of the
 * history entries of the ratings that change, then one update of the risks from those entries. At 100,000 risks
 * that is 8–9 s on PostgreSQL; loading them as entities and writing them one by one took 48 s
 * (docs/riskassessment.md).
 *
 * <p>The update reads the entries the inserts wrote, so every risk ends with exactly the rating its history shows.
 * On PostgreSQL each insert also locks the risks it re-maps: a rating of such a risk saved meanwhile waits for the
 * re-mapping and is then refused as made on an older version, as it was when the risks were entities. Like
 * {@link BulkInserts}, the SQL bypasses Hibernate's tenant discriminator: the organization is named in every
 * statement.
 */
@Repository
public class RatingRemapping {

	/**
	 * The risks with an entry of the run take its ratings (a kind without one keeps its own); the priority level is
	 * the current level, else the inherent one ({@link Risk#rate}); the version moves on once per risk.
	 */
	private static final String RISKS_FROM_HISTORY = risksFromHistory();

	private static String risksFromHistory() {
		StringBuilder entries = new StringBuilder();
		StringBuilder set = new StringBuilder();
		for (RatingKind kind : RatingKind.values()) {
			String k = kind.name().toLowerCase();
			for (String[] column : new String[][] { { "likelihood", "likelihood" }, { "consequence", "consequence" },
					{ "level", "rating_level" } }) {
				String name = k + "_" + column[0];
				entries.append(", max(case when h.kind = '").append(kind.name()).append("' then h.").append(column[1])
					.append(" end) as ").append(name);
				set.append(name).append(" = coalesce(s.").append(name).append(", r.").append(name).append("), ");
			}
		}
		return "merge into risk r using (select h.risk_id" + entries
				+ " from risk_rating h where h.organization_id = ? and h.run_id = ? group by h.risk_id) s "
				+ "on r.id = s.risk_id and r.organization_id = ? when matched then update set " + set
				+ "priority_level = case when coalesce(s.current_level, r.current_level) > 0 "
				+ "then coalesce(s.current_level, r.current_level) else coalesce(s.inherent_level, r.inherent_level) end, "
				+ "version = r.version + 1";
	}

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final BulkInserts inserts;

	RatingRemapping(JdbcTemplate jdbc, EntityManager entityManager, BulkInserts inserts) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.inserts = inserts;
	}

	/**
	 * Re-maps every rating of the organization's risks (closed ones too) by {@code remapping} and records each changed
	 * rating in the risk's history ({@code reason}, {@code actorId}, {@code now}, run {@code runId}); a risk with a
	 * changed rating gets the new priority level and its version moves on once. Ratings the re-mapping leaves as they
	 * are get no entry.
	 *
	 * @return how many ratings were re-mapped (history entries written)
	 */
	public int remap(UUID organizationId, List<CriteriaModel.Remapped> remapping, String reason, UUID actorId,
			Instant now, UUID runId) {
		if (remapping.isEmpty()) {
			return 0;
		}
		// Changes still pending in this transaction are part of what is re-mapped; afterwards no risk read before may
		// stay in the persistence context with its old rating and version.
		entityManager.flush();
		String pairs = remapping.stream()
			.map(p -> "(" + p.fromLikelihood() + ", " + p.fromConsequence() + ", " + p.likelihood() + ", "
					+ p.consequence() + ", " + p.level() + ")")
			.collect(Collectors.joining(", "));
		boolean postgres = inserts.isPostgres();
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		int remapped = 0;
		for (RatingKind kind : RatingKind.values()) {
			remapped += jdbc.update(history(kind, pairs, postgres), reason, actorId, at, runId, organizationId);
		}
		if (remapped > 0) {
			jdbc.update(RISKS_FROM_HISTORY, organizationId, runId, organizationId);
		}
		entityManager.clear();
		return remapped;
	}

	/**
	 * The history entries of one kind's ratings that change: a rating at a pair of old positions changes when the
	 * pair moves or the new matrix gives it another level. Ids are random UUIDs made by the database (one function
	 * name on each). On PostgreSQL the risks read are locked until the transaction ends.
	 */
	private static String history(RatingKind kind, String pairs, boolean postgres) {
		String k = kind.name().toLowerCase();
		return "insert into risk_rating (id, organization_id, risk_id, kind, likelihood, consequence, rating_level, "
				+ "reason, rated_by, rated_at, run_id) "
				+ "select " + (postgres ? "gen_random_uuid()" : "random_uuid()") + ", r.organization_id, r.id, '"
				+ kind.name() + "', m.likelihood, m.consequence, m.rating_level, ?, ?, ?, ? "
				+ "from risk r join (values " + pairs + ") "
				+ "as m (from_likelihood, from_consequence, likelihood, consequence, rating_level) "
				+ "on r." + k + "_likelihood = m.from_likelihood and r." + k + "_consequence = m.from_consequence "
				+ "where r.organization_id = ? and (m.likelihood <> m.from_likelihood "
				+ "or m.consequence <> m.from_consequence or r." + k + "_level <> m.rating_level)"
				+ (postgres ? " for no key update of r" : "");
	}
}
