package dev.ordo.bench.datagen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes audit-trail entries the way the app's records module does (one row per auditable event), batched. Every
 * generator records its changes through it, so the trail stays consistent with the data.
 */
public final class AuditWriter implements AutoCloseable {

	private static final int BATCH = 1_000;

	private final PreparedStatement insert;

	private final SplittableRandom ids;

	private final Map<UUID, Integer> perOrg = new HashMap<>();

	private int pending;

	AuditWriter(Connection db, SplittableRandom ids) throws SQLException {
		this.insert = db.prepareStatement("insert into audit_trail_entry (id, organization_id, occurred_at, actor_id, "
				+ "action, subject_type, subject_id, summary) values (?, ?, ?, ?, ?, ?, ?, ?)");
		this.ids = ids;
	}

	public void record(UUID organizationId, Instant at, UUID actorId, String action, String subjectType,
			String subjectId, String summary) throws SQLException {
		insert.setObject(1, GenContext.uuid(ids));
		insert.setObject(2, organizationId);
		insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
		insert.setObject(4, actorId);
		insert.setString(5, action);
		insert.setString(6, subjectType);
		insert.setString(7, subjectId);
		insert.setString(8, summary.length() > 1000 ? summary.substring(0, 1000) : summary);
		insert.addBatch();
		perOrg.merge(organizationId, 1, Integer::sum);
		if (++pending >= BATCH) {
			flush();
		}
	}

	public int count(UUID organizationId) {
		return perOrg.getOrDefault(organizationId, 0);
	}

	public int total() {
		return perOrg.values().stream().mapToInt(Integer::intValue).sum();
	}

	public void flush() throws SQLException {
		if (pending > 0) {
			insert.executeBatch();
			pending = 0;
		}
	}

	@Override
	public void close() throws SQLException {
		flush();
		insert.close();
	}
}
