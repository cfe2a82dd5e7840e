package dev.ordo.identity.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.ordo.identity.MemberSummary;
import dev.ordo.identity.OrganizationSummary;
import dev.ordo.platform.persistence.ChangeCount.Counted;

/**
 * The reads every page makes of the directory (ISO/IEC 27001 5.3, roles and responsibilities): the members who own
 * a page's records, the people of an organization, the organizations a person belongs to. In SQL through JDBC, with
 * the organization as an explicit predicate: Hibernate translates a query anew on every call while its organization
 * filter is enabled, and these run on every page (about a tenth of the app's CPU under the register load, JFR,
 * docs/performance.md). They run on the transaction's connection.
 *
 * <p>An organization's directory of members, and the organizations of a person (the switcher on every page), are
 * kept from one change of any membership or account to the next ({@link DirectoryChanges}): under 64 readers of the
 * risk register the directory's look-ups were a fifth of the statements, the organizations another twelfth. Changes
 * made elsewhere (another instance on the same database, SQL by hand) show after {@code ordo.identity.directory-ttl}
 * at the latest; at most 10,000 directories and 10,000 people's organizations are kept.
 */
@Repository
public class MemberQueries {

	private static final String MEMBERS = "select m.user_id, u.username, u.display_name, m.roles from membership m "
			+ "join user_account u on u.id = m.user_id where m.organization_id = :organization";

	private static final RowMapper<MemberSummary> MEMBER = (rs, n) -> new MemberSummary(rs.getObject(1, UUID.class),
			rs.getString(2), rs.getString(3), Membership.roles(rs.getString(4)));

	private final NamedParameterJdbcTemplate jdbc;

	private final Cache<UUID, Counted<Map<UUID, MemberSummary>>> directories;

	private final Cache<UUID, Counted<List<OrganizationSummary>>> organizations;

	MemberQueries(NamedParameterJdbcTemplate jdbc, @Value("${ordo.identity.directory-ttl:PT30S}") Duration ttl) {
		this.jdbc = jdbc;
		this.directories = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
		this.organizations = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
	}

	/** Every member of the organization, in no particular order. */
	public List<MemberSummary> members(UUID organizationId) {
		return List.copyOf(directory(organizationId).values());
	}

	/** Those of the given people who are members of the organization, from its kept directory. */
	public List<MemberSummary> members(UUID organizationId, Collection<UUID> userIds) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		Map<UUID, MemberSummary> directory = directory(organizationId);
		return userIds.stream().distinct().map(directory::get).filter(Objects::nonNull).toList();
	}

	/** The organizations the person is a member of, in no particular order (kept like the directories). */
	public List<OrganizationSummary> organizationsOf(UUID userId) {
		return DirectoryChanges.count().get(organizations, userId, () -> List.copyOf(jdbc.query(
				"select o.id, o.name, o.created_at from membership m join organization o on o.id = m.organization_id "
						+ "where m.user_id = :user",
				new MapSqlParameterSource("user", userId), (rs, n) -> new OrganizationSummary(rs.getObject(1, UUID.class),
						rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant()))));
	}

	private Map<UUID, MemberSummary> directory(UUID organizationId) {
		return DirectoryChanges.count().get(directories, organizationId, () -> {
			Map<UUID, MemberSummary> members = new LinkedHashMap<>();
			jdbc.query(MEMBERS, new MapSqlParameterSource("organization", organizationId),
					(RowCallbackHandler) rs -> {
						MemberSummary member = MEMBER.mapRow(rs, members.size());
						members.put(member.userId(), member);
					});
			return Collections.unmodifiableMap(members);
		});
	}
}
