package db.migration.riskassessment;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Risk assessment (TS 27022 7.4): a schema change for PostgreSQL alone (trigram indexes, covering indexes), which the
 * embedded H2 database does without: on any other database the migration is recorded and does nothing.
 */
abstract class PostgreSqlMigration extends BaseJavaMigration {

	@Override
	public final void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement sql = connection.createStatement()) {
			migrate(sql);
		}
	}

	abstract void migrate(Statement sql) throws SQLException;
}
