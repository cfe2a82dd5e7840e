package db.migration.riskassessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Risk assessment (TS 27022 7.4): on PostgreSQL, trigram indexes for the register's and the asset list's text
 * filter ({@code lower(title) like '%…%'}), which otherwise reads every risk of the organization (90–100 ms at
 * 100,000 risks). {@code pg_trgm} is a trusted extension, so the database owner may create it; where it is not
 * available or may not be created, the filter keeps working without the index. Other databases: nothing to do.
 */
public class V4__text_search_indexes extends PostgreSqlMigration {

	@Override
	void migrate(Statement sql) throws SQLException {
		boolean usable;
		try (ResultSet rs = sql.executeQuery("select exists (select 1 from pg_extension where extname = 'pg_trgm') "
				+ "or (exists (select 1 from pg_available_extensions where name = 'pg_trgm') "
				+ "and has_database_privilege(current_database(), 'CREATE'))")) {
			usable = rs.next() && rs.getBoolean(1);
		}
		if (!usable) {
			return;
		}
		sql.execute("create extension if not exists pg_trgm");
		sql.execute("create index ix_risk_title_search on risk using gin (lower(title) gin_trgm_ops)");
		sql.execute("create index ix_asset_name_search on asset using gin (lower(name) gin_trgm_ops)");
	}
}
