package db.migration.riskassessment;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Risk assessment (TS 27022 7.4): on PostgreSQL, the index of closed risks holds the closed ones alone. The register
 * and the heat map find the few closed risks' ids there and leave them out of what the sort and cell indexes give
 * ({@code ListQueries}); an index over every risk's {@code closed} flag was one more index for each imported row to
 * update (about 0.8 s per 100,000 rows) and served no query. H2 has no partial indexes; there the index stays.
 */
public class V12__closed_risks_partial_index extends PostgreSqlMigration {

	@Override
	void migrate(Statement sql) throws SQLException {
		sql.execute("drop index ix_risk_closed");
		sql.execute("create index ix_risk_closed on risk (organization_id, id) where closed");
	}
}
