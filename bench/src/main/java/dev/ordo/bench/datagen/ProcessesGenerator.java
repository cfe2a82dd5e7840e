package dev.ordo.bench.datagen;

import static dev.ordo.bench.datagen.IdentityGenerator.at;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.ordo.bench.datagen.GenContext.Org;
import dev.ordo.bench.datagen.GenContext.Person;

/**
 * Processes module: the large organization's history of decided tailoring changes and, from the last approved change
 * of each process, its effective tailoring. The newest {@code engineHistory} changes were decided in a tailoring
 * approval: each has its completed workflow instance in the engine's history ({@link EngineHistoryWriter}) as its
 * lineage; the older ones predate the workflow engine. The audit trail gets the proposal and the decision of each
 * change.
 */
final class ProcessesGenerator implements TableGenerator {

	private final List<String> processKeys;

	private final Map<String, String> processNames;

	ProcessesGenerator(List<String> processKeys, Map<String, String> processNames) {
		this.processKeys = processKeys;
		this.processNames = processNames;
	}

	@Override
	public String name() {
		return "processes";
	}

	private record Change(UUID id, String key, boolean applicable, String justification, UUID owner,
			List<UUID> deputies, int level, String notes, String reason, UUID proposer, Instant proposedAt, UUID decider,
			Instant decidedAt, boolean approved, String comment) {
	}

	@Override
	public String generate(GenContext ctx) throws Exception {
		SplittableRandom r = ctx.random(name());
		Org org = ctx.large();
		List<Person> owners = org.people().stream().filter(p -> p.has("PROCESS_OWNER")).toList();
		List<Person> managers = org.people().stream().filter(p -> p.has("ISMS_MANAGER")).toList();
		List<Person> top = org.people().stream().filter(p -> p.has("TOP_MANAGEMENT")).toList();
		int n = ctx.sizes.tailoringHistory;
		Instant start = ctx.baseTime.minus(Duration.ofDays(3 * 365 - 30));
		long span = Duration.between(start, ctx.baseTime.minus(Duration.ofDays(1))).toSeconds();
		Map<String, Change> lastApproved = new HashMap<>();
		int approvedCount = 0;
		try (PreparedStatement insert = ctx.db.prepareStatement("insert into tailoring_change (id, organization_id, "
				+ "process_key, status, applicable, justification, owner_id, deputy_ids, target_level, notes, reason, "
				+ "proposed_by, proposed_at, decided_by, decided_at, decision_comment, workflow_instance_id) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
				EngineHistoryWriter engine = new EngineHistoryWriter(ctx.db)) {
			int firstWithRun = n - Math.min(n, ctx.sizes.engineHistory);
			SplittableRandom runs = ctx.random("engine-history");
			for (int i = 0; i < n; i++) {
				String key = processKeys.get(r.nextInt(processKeys.size()));
				boolean applicable = r.nextDouble() < 0.92;
				Person owner = owners.get(r.nextInt(owners.size()));
				List<UUID> deputies = new ArrayList<>();
				for (int d = r.nextInt(3); d > 0; d--) {
					Person deputy = owners.get(r.nextInt(owners.size()));
					if (deputy != owner && !deputies.contains(deputy.id())) {
						deputies.add(deputy.id());
					}
				}
				Instant proposedAt = start.plusSeconds(span * i / Math.max(n, 1) + r.nextInt(3600));
				boolean approved = r.nextDouble() < 0.85;
				Change c = new Change(GenContext.uuid(r), key, applicable,
						applicable ? null : "Not relevant to our scope (bench data " + i + ")", owner.id(), deputies,
						applicable ? 1 + r.nextInt(4) : 0, "Review notes " + i + " for " + key,
						"Annual review of " + key, managers.get(r.nextInt(managers.size())).id(), proposedAt,
						top.get(r.nextInt(top.size())).id(), proposedAt.plus(Duration.ofHours(1 + r.nextInt(72))),
						approved, approved ? (r.nextBoolean() ? "Agreed" : null) : "Please justify the target level");
				insert.setObject(1, c.id());
				insert.setObject(2, org.id());
				insert.setString(3, key);
				insert.setString(4, approved ? "APPROVED" : "REJECTED");
				insert.setBoolean(5, c.applicable());
				insert.setString(6, c.justification());
				insert.setObject(7, c.owner());
				insert.setString(8, c.deputies().isEmpty() ? null
						: c.deputies().stream().map(UUID::toString).collect(Collectors.joining(",")));
				insert.setInt(9, c.level());
				insert.setString(10, c.notes());
				insert.setString(11, c.reason());
				insert.setObject(12, c.proposer());
				insert.setObject(13, at(c.proposedAt()));
				insert.setObject(14, c.decider());
				insert.setObject(15, at(c.decidedAt()));
				insert.setString(16, c.comment());
				insert.setString(17, i < firstWithRun ? null
						: engine.write(new EngineHistoryWriter.Run(c.id(), org.id(), key,
								processNames.getOrDefault(key, key), c.proposer(), c.proposedAt(), c.decider(),
								c.decidedAt(), approved, c.comment()), runs));
				insert.addBatch();
				if (i % 500 == 499) {
					insert.executeBatch();
				}
				ctx.audit.record(org.id(), proposedAt, c.proposer(), "TailoringChangeProposed", "tailoring-change",
						c.id().toString(), "Tailoring change of process " + key + " proposed");
				if (approved) {
					approvedCount++;
					lastApproved.put(key, c);
					ctx.audit.record(org.id(), c.decidedAt(), c.decider(), "ProcessTailoringChanged",
							"process-tailoring", key, "Tailoring of process " + key + " changed (approved change "
									+ c.id() + "): applicable=" + applicable + ", target level " + c.level());
				}
				else {
					ctx.audit.record(org.id(), c.decidedAt(), c.decider(), "TailoringChangeRejected",
							"tailoring-change", c.id().toString(),
							"Tailoring change of process " + key + " rejected: " + c.comment());
				}
			}
			insert.executeBatch();
		}
		try (PreparedStatement insert = ctx.db.prepareStatement("insert into process_tailoring (id, organization_id, "
				+ "process_key, applicable, justification, owner_id, deputy_ids, target_level, notes, effective_since, "
				+ "approved_by, change_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
			for (Change c : lastApproved.values()) {
				insert.setObject(1, GenContext.uuid(r));
				insert.setObject(2, org.id());
				insert.setString(3, c.key());
				insert.setBoolean(4, c.applicable());
				insert.setString(5, c.justification());
				insert.setObject(6, c.owner());
				insert.setString(7, c.deputies().isEmpty() ? null
						: c.deputies().stream().map(UUID::toString).collect(Collectors.joining(",")));
				insert.setInt(8, c.level());
				insert.setString(9, c.notes());
				insert.setObject(10, at(c.decidedAt()));
				insert.setObject(11, c.decider());
				insert.setObject(12, c.id());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		return "%d decided tailoring changes (%d approved; %d with a completed workflow instance in the engine's "
				.formatted(n, approvedCount, Math.min(n, ctx.sizes.engineHistory))
				+ "history), %d effective process tailorings".formatted(lastApproved.size());
	}
}
