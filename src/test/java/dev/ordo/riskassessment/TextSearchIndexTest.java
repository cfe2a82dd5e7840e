package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.ordo.support.IntegrationTest;

/**
 * The register's and the asset list's text filter is indexed on PostgreSQL (trigram indexes, migration V4 of
 * risk assessment); on other databases the migration runs and does nothing.
 */
class TextSearchIndexTest extends IntegrationTest {

	@Test
	void textFiltersAreIndexedOnPostgresql() {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		String database = jdbc.execute((java.sql.Connection c) -> {
			DatabaseMetaData meta = c.getMetaData();
			return meta.getDatabaseProductName();
		});
		List<String> applied = jdbc.queryForList(
				"select \"description\" from \"flyway_schema_history_riskassessment\" where \"version\" = '4' and \"success\"",
				String.class);
		assertThat(applied).containsExactly("text search indexes");
		if ("PostgreSQL".equals(database)) {
			assertThat(jdbc.queryForList("select indexname from pg_indexes where indexname like '%\\_search'",
					String.class)).contains("ix_risk_title_search", "ix_asset_name_search");
		}
	}
}
