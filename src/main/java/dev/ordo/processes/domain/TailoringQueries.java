package dev.ordo.processes.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads of an organization's process tailoring (TS 27022 6.2, process owner) that other modules' pages make on every
 * view. In SQL through JDBC, with the organization as an explicit predicate: Hibernate translates a query anew on
 * every call while its organization filter is enabled, and the register page's look-up of its process owner was a
 * tenth of that page's CPU (JFR, docs/performance.md).
 */
@Repository
public class TailoringQueries {

	private final NamedParameterJdbcTemplate jdbc;

	TailoringQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The owner the organization gave the process, if any. */
	public Optional<UUID> ownerOf(UUID organizationId, String processKey) {
		List<UUID> owners = jdbc.query("select t.owner_id from process_tailoring t "
				+ "where t.organization_id = :organization and t.process_key = :process",
				new MapSqlParameterSource("organization", organizationId).addValue("process", processKey),
				(rs, n) -> rs.getObject(1, UUID.class));
		return owners.stream().filter(Objects::nonNull).findFirst();
	}
}
