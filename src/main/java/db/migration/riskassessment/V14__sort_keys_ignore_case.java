package db.migration.riskassessment;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Risk assessment (TS 27022 7.4): the risk register and the asset list sort by title and name whatever their case.
 * Sorted on the columns themselves, a byte order ({@code C} collation on PostgreSQL, H2's default) put "Zebra" before
 * "apple"; an ISMS manager looking for a risk by its title does not read it that way. The lower-cased title and name
 * are kept in {@code sort_title} and {@code sort_name} (written by Ordo with every title and name), and every sort
 * index that held the title or name holds the sort key instead: as many indexes as before, so an import updates no
 * more of them. A column rather than an expression index, because H2 has none; PostgreSQL keeps its covering
 * {@code include (priority_level)} ({@link V9__sort_indexes_cover_priority}).
 */
public class V14__sort_keys_ignore_case extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		String priority = postgres ? " include (priority_level)" : "";
		try (Statement sql = connection.createStatement()) {
			column(sql, "risk", "sort_title", "title", 300);
			index(sql, "ix_risk_title", "risk (organization_id, sort_title, id)" + priority);
			index(sql, "ix_risk_priority", "risk (organization_id, priority_level desc, sort_title, id)");
			index(sql, "ix_risk_residual", "risk (organization_id, residual_level desc, sort_title, id)" + priority);
			index(sql, "ix_risk_inherent", "risk (organization_id, inherent_level desc, sort_title, id)" + priority);
			index(sql, "ix_risk_kind", "risk (organization_id, kind, priority_level desc, sort_title, id)");
			index(sql, "ix_risk_kind_title", "risk (organization_id, kind, sort_title, id)");
			index(sql, "ix_risk_kind_residual", "risk (organization_id, kind, residual_level desc, sort_title, id)");
			index(sql, "ix_risk_kind_inherent", "risk (organization_id, kind, inherent_level desc, sort_title, id)");

			column(sql, "asset", "sort_name", "name", 200);
			index(sql, "ix_asset_name", "asset (organization_id, sort_name, id)");
			index(sql, "ix_asset_type", "asset (organization_id, type, sort_name, id)");
			index(sql, "ix_asset_owner", "asset (organization_id, owner_id, sort_name)");
			index(sql, "ix_asset_protection", "asset (organization_id, protection_level desc, sort_name, id)");
			index(sql, "ix_asset_classification", "asset (organization_id, classification, sort_name)");
			index(sql, "ix_asset_type_protection",
					"asset (organization_id, type, protection_level desc, sort_name, id)");
		}
	}

	private static void column(Statement sql, String table, String column, String of, int length)
			throws SQLException {
		sql.execute("alter table " + table + " add column " + column + " varchar(" + length + ")");
		sql.execute("update " + table + " set " + column + " = lower(" + of + ")");
		sql.execute("alter table " + table + " alter column " + column + " set not null");
	}

	private static void index(Statement sql, String name, String on) throws SQLException {
		sql.execute("drop index " + name);
		sql.execute("create index " + name + " on " + on);
	}
}
