package dev.ordo.bench.datagen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The engine's history of completed tailoring approvals, written in batches straight into Flowable's history tables
 * with the rows the engine itself leaves for one run of {@code processTailoringApproval} (process instance, nine
 * activity instances, the decision task with its candidate group, seven variables) — read off a run made through the
 * API. Through the API the generator reaches 10–20 approvals a second on the 2-core benchmark machine, so the full
 * profile's 50,000 workflow instances took hours; this way they take seconds, and the app finds them like any other
 * finished run (lineage of the tailoring change, history queries).
 */
final class EngineHistoryWriter implements AutoCloseable {

	static final String PROCESS_KEY = "processTailoringApproval";

	private static final int BATCH = 500;

	private final String definitionId;

	private final PreparedStatement instance;

	private final PreparedStatement activity;

	private final PreparedStatement task;

	private final PreparedStatement variable;

	private final PreparedStatement link;

	private int pending;

	private int written;

	/** A completed approval: the change is the business key; {@code approved} chooses the end. */
	record Run(UUID changeId, UUID organizationId, String processKey, String processName, UUID proposer,
			Instant proposedAt, UUID decider, Instant decidedAt, boolean approved, String comment) {
	}

	EngineHistoryWriter(Connection db) throws SQLException {
		try (PreparedStatement q = db.prepareStatement(
				"select id_ from act_re_procdef where key_ = ? order by version_ desc")) {
			q.setString(1, PROCESS_KEY);
			try (ResultSet rs = q.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("No deployed " + PROCESS_KEY + ": start the app once first");
				}
				definitionId = rs.getString(1);
			}
		}
		instance = db.prepareStatement("insert into act_hi_procinst (id_, rev_, proc_inst_id_, business_key_, "
				+ "proc_def_id_, start_time_, end_time_, duration_, start_act_id_, end_act_id_, tenant_id_, state_) "
				+ "values (?, 2, ?, ?, ?, ?, ?, ?, 'proposed', ?, ?, 'completed')");
		activity = db.prepareStatement("insert into act_hi_actinst (id_, rev_, proc_def_id_, proc_inst_id_, "
				+ "execution_id_, act_id_, task_id_, act_name_, act_type_, start_time_, end_time_, transaction_order_, "
				+ "duration_, tenant_id_) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		task = db.prepareStatement("insert into act_hi_taskinst (id_, rev_, proc_def_id_, task_def_key_, proc_inst_id_, "
				+ "execution_id_, state_, name_, description_, start_time_, end_time_, completed_by_, duration_, priority_, "
				+ "form_key_, tenant_id_, last_updated_time_) values (?, 2, ?, 'decide', ?, ?, 'completed', ?, "
				+ "'Approve or reject the proposed tailoring; a rejection needs a comment.', ?, ?, ?, ?, 50, "
				+ "'processes/tailoring-decision', ?, ?)");
		variable = db.prepareStatement("insert into act_hi_varinst (id_, rev_, proc_inst_id_, execution_id_, name_, "
				+ "var_type_, text_, long_, create_time_, last_updated_time_) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)");
		link = db.prepareStatement("insert into act_hi_identitylink (id_, group_id_, type_, task_id_, create_time_) "
				+ "values (?, 'TOP_MANAGEMENT', 'candidate', ?, ?)");
	}

	/** Writes one run; returns its process instance id (for the change's {@code workflow_instance_id}). */
	String write(Run run, SplittableRandom r) throws SQLException {
		String pi = GenContext.uuid(r).toString();
		String execution = GenContext.uuid(r).toString();
		String taskId = GenContext.uuid(r).toString();
		String tenant = run.organizationId().toString();
		Instant start = run.proposedAt();
		Instant decided = run.decidedAt();
		Instant end = decided.plusMillis(40 + r.nextInt(200));
		instance.setString(1, pi);
		instance.setString(2, pi);
		instance.setString(3, run.changeId().toString());
		instance.setString(4, definitionId);
		instance.setObject(5, at(start));
		instance.setObject(6, at(end));
		instance.setLong(7, end.toEpochMilli() - start.toEpochMilli());
		instance.setString(8, run.approved() ? "effective" : "rejected");
		instance.setString(9, tenant);
		instance.addBatch();
		String taskName = "Decide on tailoring of " + run.processName();
		activity(pi, execution, "proposed", null, "Tailoring change proposed", "startEvent", start, start, 1, tenant, r);
		activity(pi, execution, "toDecide", null, null, "sequenceFlow", start, start, 2, tenant, r);
		activity(pi, execution, "decide", taskId, taskName, "userTask", start, decided, 3, tenant, r);
		activity(pi, execution, "toGateway", null, null, "sequenceFlow", decided, decided, 1, tenant, r);
		activity(pi, execution, "decision", null, "Approved?", "exclusiveGateway", decided, decided, 2, tenant, r);
		String service = run.approved() ? "applyChange" : "recordRejection";
		activity(pi, execution, run.approved() ? "approvedFlow" : "rejectedFlow", null, null, "sequenceFlow", decided,
				decided, 3, tenant, r);
		activity(pi, execution, service, null,
				run.approved() ? "Make the tailoring effective" : "Record the rejection", "serviceTask", decided, end,
				4, tenant, r);
		activity(pi, execution, run.approved() ? "toEffective" : "toRejected", null, null, "sequenceFlow", end, end, 5,
				tenant, r);
		activity(pi, execution, run.approved() ? "effective" : "rejected", null,
				run.approved() ? "Tailoring effective" : "Tailoring change rejected", "endEvent", end, end, 6, tenant, r);
		task.setString(1, taskId);
		task.setString(2, definitionId);
		task.setString(3, pi);
		task.setString(4, execution);
		task.setString(5, taskName);
		task.setObject(6, at(start));
		task.setObject(7, at(decided));
		task.setString(8, run.decider().toString());
		task.setLong(9, decided.toEpochMilli() - start.toEpochMilli());
		task.setString(10, tenant);
		task.setObject(11, at(decided));
		task.addBatch();
		link.setString(1, GenContext.uuid(r).toString());
		link.setString(2, taskId);
		link.setObject(3, at(start));
		link.addBatch();
		variable(pi, "proposedBy", run.proposer().toString(), null, start, r);
		variable(pi, "processKey", run.processKey(), null, start, r);
		variable(pi, "ordoBusinessKey", run.changeId().toString(), null, start, r);
		variable(pi, "processName", run.processName(), null, start, r);
		variable(pi, "approved", null, run.approved() ? 1L : 0L, decided, r);
		variable(pi, "comment", run.comment(), null, decided, r);
		variable(pi, "completedBy", run.decider().toString(), null, decided, r);
		if (++pending == BATCH) {
			flush();
		}
		written++;
		return pi;
	}

	private void activity(String pi, String execution, String id, String taskId, String name, String type,
			Instant start, Instant end, int order, String tenant, SplittableRandom r) throws SQLException {
		activity.setString(1, GenContext.uuid(r).toString());
		activity.setString(2, definitionId);
		activity.setString(3, pi);
		activity.setString(4, execution);
		activity.setString(5, id);
		activity.setString(6, taskId);
		activity.setString(7, name);
		activity.setString(8, type);
		activity.setObject(9, at(start));
		activity.setObject(10, at(end));
		activity.setInt(11, order);
		activity.setLong(12, end.toEpochMilli() - start.toEpochMilli());
		activity.setString(13, tenant);
		activity.addBatch();
	}

	private void variable(String pi, String name, String text, Long number, Instant at, SplittableRandom r)
			throws SQLException {
		variable.setString(1, GenContext.uuid(r).toString());
		variable.setString(2, pi);
		variable.setString(3, pi);
		variable.setString(4, name);
		variable.setString(5, number == null ? (text == null ? "null" : "string") : "boolean");
		variable.setString(6, text);
		if (number == null) {
			variable.setNull(7, java.sql.Types.BIGINT);
		}
		else {
			variable.setLong(7, number);
		}
		variable.setObject(8, at(at));
		variable.setObject(9, at(at));
		variable.addBatch();
	}

	private void flush() throws SQLException {
		for (PreparedStatement ps : new PreparedStatement[] { instance, activity, task, variable, link }) {
			ps.executeBatch();
		}
		pending = 0;
	}

	/** Flowable keeps local times in {@code timestamp} columns, written from {@code java.util.Date}: the same here. */
	private static Timestamp at(Instant instant) {
		return Timestamp.from(instant);
	}

	int written() {
		return written;
	}

	@Override
	public void close() throws SQLException {
		flush();
		for (PreparedStatement ps : new PreparedStatement[] { instance, activity, task, variable, link }) {
			ps.close();
		}
	}
}
