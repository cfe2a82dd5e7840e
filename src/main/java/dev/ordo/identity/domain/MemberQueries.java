package dev.ordo.identity.domain;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.ordo.identity.MemberSummary;
import dev.ordo.identity.OrganizationSummary;

/**
 * The reads every page makes of the directory (ISO/IEC 27001 5.3, roles and responsibilities): the members who own
 * a page's records, the people of an organization, the organizations a person belongs to. In SQL through JDBC, with
 * the organization as an explicit predicate: Hibernate translates a query anew on every call while its organization
 * filter is enabled, and these run on every page (about a tenth of the app's CPU under the register load, JFR,
 * docs/performance.md). They run on the transaction's connection.
 */
@Repository
public class MemberQueries {

	private static final String MEMBERS = "select m.user_id, u.username, u.display_name, m.roles from membership m "
			+ "join user_account u on u.id = m.user_id where m.organization_id = :organization";

	private static final RowMapper<MemberSummary> MEMBER = (rs, n) -> new MemberSummary(rs.getObject(1, UUID.class),
			rs.getString(2), rs.getString(3), Membership.roles(rs.getString(4)));

	private final NamedParameterJdbcTemplate jdbc;

	MemberQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every member of the organization, in no particular order. */
	public List<MemberSummary> members(UUID organizationId) {
		return jdbc.query(MEMBERS, new MapSqlParameterSource("organization", organizationId), MEMBER);
	}

	/** Those of the given people who are members of the organization; one statement however many. */
	public List<MemberSummary> members(UUID organizationId, Collection<UUID> userIds) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query(MEMBERS + " and m.user_id in (:users)",
				new MapSqlParameterSource("organization", organizationId).addValue("users", userIds), MEMBER);
	}

	/** The organizations the person is a member of, in no particular order. */
	public List<OrganizationSummary> organizationsOf(UUID userId) {
		return jdbc.query("select o.id, o.name, o.created_at from membership m join organization o "
				+ "on o.id = m.organization_id where m.user_id = :user",
				new MapSqlParameterSource("user", userId), (rs, n) -> new OrganizationSummary(rs.getObject(1, UUID.class),
						rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant()));
	}
}
