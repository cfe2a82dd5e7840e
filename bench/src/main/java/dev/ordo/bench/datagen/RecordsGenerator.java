package dev.ordo.bench.datagen;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import dev.ordo.bench.datagen.GenContext.Org;
import dev.ordo.bench.datagen.GenContext.Person;

/**
 * Records module: tops the large organization's audit trail up to {@code auditEntries} with three years of
 * everyday history (task completions, role changes, token use), the kinds of entries the modules that exist today
 * write. Runs last, after every other generator has recorded its own changes.
 */
final class RecordsGenerator implements TableGenerator {

	private final List<String> processKeys;

	RecordsGenerator(List<String> processKeys) {
		this.processKeys = processKeys;
	}

	@Override
	public String name() {
		return "records";
	}

	@Override
	public String generate(GenContext ctx) throws Exception {
		SplittableRandom r = ctx.random(name());
		Org org = ctx.large();
		List<Person> people = org.people();
		int missing = ctx.sizes.auditEntries - ctx.audit.count(org.id());
		Instant start = ctx.baseTime.minus(Duration.ofDays(3 * 365));
		long span = Duration.ofDays(3 * 365).toSeconds();
		for (int i = 0; i < missing; i++) {
			Instant at = start.plusSeconds(span * i / Math.max(missing, 1) + r.nextInt(600));
			Person actor = people.get(r.nextInt(people.size()));
			String key = processKeys.get(r.nextInt(processKeys.size()));
			int kind = r.nextInt(10);
			if (kind < 6) {
				String task = Long.toString(100_000 + i);
				ctx.audit.record(org.id(), at, actor.id(), "WorkflowTaskCompleted", "workflow-task", task,
						"Task 'Decide on tailoring of " + key + "' of processTailoringApproval (" + GenContext.uuid(r)
								+ ") completed");
			}
			else if (kind < 8) {
				Person member = people.get(r.nextInt(people.size()));
				ctx.audit.record(org.id(), at, people.get(0).id(), "MembershipGranted", "membership",
						member.id().toString(), member.username() + " holds roles " + member.roles());
			}
			else if (kind < 9) {
				ctx.audit.record(org.id(), at, actor.id(), "ApiTokenIssued", "api-token", GenContext.uuid(r).toString(),
						"API token 'script " + i + "' issued, expires " + at.plus(Duration.ofDays(90)));
			}
			else {
				ctx.audit.record(org.id(), at, actor.id(), "ApiTokenRevoked", "api-token", GenContext.uuid(r).toString(),
						"API token 'script " + i + "' revoked");
			}
			if (i % 50_000 == 49_999) {
				ctx.audit.flush();
				ctx.db.commit();
			}
		}
		ctx.audit.flush();
		return "%d audit-trail entries in total (%d in %s)".formatted(ctx.audit.total(), ctx.audit.count(org.id()),
				org.name());
	}
}
