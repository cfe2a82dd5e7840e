package dev.ordo.bench.datagen;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import dev.ordo.bench.datagen.GenContext.Org;
import dev.ordo.bench.datagen.GenContext.Person;

/**
 * Risk assessment module (R1): the large organization's asset inventory ({@code assets}) and risk register
 * ({@code risks}), rated on Ordo's default 5×5 criteria (no criteria row: the defaults apply), with each rating's
 * history row, as the app writes them. Most risks are asset-based (asset × threat × vulnerability from the starter
 * library), a fifth event-based; two thirds have a current rating, half a residual one. Protection needs are set
 * directly (no dependencies), so effective needs equal the asset's own. Asset and risk registration are recorded in
 * the audit trail like the app does.
 */
final class RiskAssessmentGenerator implements TableGenerator {

	static final String[] TYPES = { "INFORMATION", "SOFTWARE", "HARDWARE", "SERVICE", "PEOPLE", "SITE",
			"BUSINESS_PROCESS" };

	static final String[] THREATS = { "T-FIRE", "T-POWER", "T-THEFT", "T-HWFAIL", "T-SWFAIL", "T-MALWARE", "T-PHISH",
			"T-INTRUSION", "T-INSIDER", "T-ERROR", "T-SUPPLIER", "T-DOS", "T-STAFFLOSS", "T-LEGAL", "T-EAVESDROP" };

	static final String[] VULNERABILITIES = { "V-PATCH", "V-AUTH", "V-RIGHTS", "V-BACKUP", "V-SPOF", "V-AWARE", "V-DOC",
			"V-ENCRYPT", "V-LOG", "V-CONFIG", "V-PHYS", "V-CONTRACT", "V-SUPPORT", "V-DEPUTY", "V-CLASSIFY" };

	static final String[] CLASSIFICATIONS = { "Public", "Internal", "Confidential", "Strictly confidential" };

	static final String[] WORDS = { "payroll", "customer", "billing", "archive", "identity", "network", "mail",
			"backup", "laptop", "datacenter", "supplier", "contract", "research", "portal", "ledger", "badge", "router",
			"firewall", "warehouse", "analytics", "helpdesk", "treasury", "recruiting", "logistics", "website" };

	/** Ordo's default risk matrix: level by likelihood (row) and consequence (column), positions 1 to 5. */
	static final int[][] MATRIX = { { 1, 1, 2, 2, 2 }, { 1, 2, 2, 3, 3 }, { 2, 2, 3, 4, 4 }, { 2, 3, 4, 4, 5 },
			{ 3, 4, 4, 5, 5 } };

	static final String[] CATEGORIES = { "Financial", "Legal and regulatory", "Reputational", "Operational", "Safety" };

	@Override
	public String name() {
		return "riskassessment";
	}

	@Override
	public String generate(GenContext ctx) throws Exception {
		SplittableRandom r = ctx.random(name());
		Org org = ctx.large();
		List<Person> people = org.people();
		Person manager = org.first("ISMS_MANAGER");
		Instant start = ctx.baseTime.minus(Duration.ofDays(3 * 365));
		long span = Duration.ofDays(3 * 365).toSeconds();
		List<UUID> assets = new ArrayList<>(ctx.sizes.assets);
		try (PreparedStatement ps = ctx.db.prepareStatement("insert into asset (id, organization_id, name, type, "
				+ "description, owner_id, classification, confidentiality, integrity, availability, authenticity, "
				+ "eff_confidentiality, eff_integrity, eff_availability, eff_authenticity, protection_level, created_at, "
				+ "updated_at, version, sort_name) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)")) {
			for (int i = 0; i < ctx.sizes.assets; i++) {
				UUID id = GenContext.uuid(r);
				assets.add(id);
				String type = TYPES[r.nextInt(TYPES.length)];
				String name = word(r) + " " + type.toLowerCase().replace('_', ' ') + " " + (i + 1);
				int c = 1 + r.nextInt(4), in = 1 + r.nextInt(4), a = 1 + r.nextInt(4), au = 1 + r.nextInt(4);
				Instant at = start.plusSeconds(span * i / ctx.sizes.assets);
				Person owner = people.get(r.nextInt(people.size()));
				ps.setObject(1, id);
				ps.setObject(2, org.id());
				ps.setString(3, name);
				ps.setString(4, type);
				ps.setString(5, "Generated asset " + (i + 1));
				ps.setObject(6, owner.id());
				ps.setString(7, CLASSIFICATIONS[r.nextInt(CLASSIFICATIONS.length)]);
				ps.setInt(8, c);
				ps.setInt(9, in);
				ps.setInt(10, a);
				ps.setInt(11, au);
				ps.setInt(12, c);
				ps.setInt(13, in);
				ps.setInt(14, a);
				ps.setInt(15, au);
				ps.setInt(16, Math.max(Math.max(c, in), Math.max(a, au)));
				ps.setTimestamp(17, Timestamp.from(at));
				ps.setTimestamp(18, Timestamp.from(at));
				ps.setString(19, name.toLowerCase(Locale.ROOT));
				ps.addBatch();
				ctx.audit.record(org.id(), at, manager.id(), "AssetRegistered", "asset", id.toString(),
						"Asset '" + name + "' registered");
				if (i % 1000 == 999) {
					ps.executeBatch();
				}
			}
			ps.executeBatch();
		}
		ctx.audit.flush();
		ctx.db.commit();

		int ratings = 0;
		try (PreparedStatement risk = ctx.db.prepareStatement("insert into risk (id, organization_id, title, kind, "
				+ "description, asset_id, threat_key, vulnerability_key, scenario, consequence_category, owner_id, "
				+ "inherent_likelihood, inherent_consequence, inherent_level, current_likelihood, current_consequence, "
				+ "current_level, residual_likelihood, residual_consequence, residual_level, priority_level, "
				+ "reassessment_due, identified_by, identified_at, last_assessed_at, version, sort_title) "
				+ "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)");
				PreparedStatement rating = ctx.db.prepareStatement("insert into risk_rating (id, organization_id, "
						+ "risk_id, kind, likelihood, consequence, rating_level, reason, rated_by, rated_at) "
						+ "values (?,?,?,?,?,?,?,?,?,?)")) {
			for (int i = 0; i < ctx.sizes.risks; i++) {
				UUID id = GenContext.uuid(r);
				boolean eventBased = r.nextInt(5) == 0;
				Instant at = start.plusSeconds(span * i / ctx.sizes.risks);
				Person owner = people.get(r.nextInt(people.size()));
				String threat = THREATS[r.nextInt(THREATS.length)];
				String title = eventBased ? "Scenario: " + word(r) + " " + word(r) + " disruption " + (i + 1)
						: threat.substring(2).toLowerCase() + " on " + word(r) + " asset " + (i + 1);
				risk.setObject(1, id);
				risk.setObject(2, org.id());
				risk.setString(3, title);
				risk.setString(4, eventBased ? "EVENT_BASED" : "ASSET_BASED");
				risk.setString(5, null);
				risk.setObject(6, eventBased ? null : assets.get(r.nextInt(assets.size())));
				risk.setString(7, eventBased ? null : threat);
				risk.setString(8, eventBased ? null : VULNERABILITIES[r.nextInt(VULNERABILITIES.length)]);
				risk.setString(9, eventBased ? "A generated scenario of " + word(r) + " failure" : null);
				risk.setString(10, CATEGORIES[r.nextInt(CATEGORIES.length)]);
				risk.setObject(11, owner.id());
				int[] inherent = { 1 + r.nextInt(5), 1 + r.nextInt(5) };
				int[] current = r.nextInt(3) < 2 ? new int[] { Math.max(1, inherent[0] - r.nextInt(2)),
						Math.max(1, inherent[1] - r.nextInt(2)) } : null;
				int[] residual = current != null && r.nextBoolean() ? new int[] { Math.max(1, current[0] - r.nextInt(3)),
						current[1] } : null;
				int inherentLevel = set(risk, 12, inherent);
				int currentLevel = set(risk, 15, current);
				set(risk, 18, residual);
				risk.setInt(21, currentLevel > 0 ? currentLevel : inherentLevel);
				risk.setBoolean(22, false);
				risk.setObject(23, manager.id());
				risk.setTimestamp(24, Timestamp.from(at));
				// The last assessment: the latest rating below (a day per rating kind after identification).
				risk.setTimestamp(25, Timestamp.from(at.plus(Duration.ofDays(residual != null ? 2 : current != null ? 1 : 0))));
				risk.setString(26, title.toLowerCase(Locale.ROOT));
				risk.addBatch();
				ratings += history(rating, r, org, id, "INHERENT", inherent, manager, at);
				ratings += history(rating, r, org, id, "CURRENT", current, owner, at.plus(Duration.ofDays(1)));
				ratings += history(rating, r, org, id, "RESIDUAL", residual, owner, at.plus(Duration.ofDays(2)));
				ctx.audit.record(org.id(), at, manager.id(), "RiskIdentified", "risk", id.toString(),
						"Risk '" + title + "' identified");
				if (i % 1000 == 999) {
					risk.executeBatch();
					rating.executeBatch();
				}
				if (i % 20_000 == 19_999) {
					ctx.audit.flush();
					ctx.db.commit();
				}
			}
			risk.executeBatch();
			rating.executeBatch();
		}
		ctx.audit.flush();
		return "%d assets, %d risks with %d ratings in %s".formatted(ctx.sizes.assets, ctx.sizes.risks, ratings,
				org.name());
	}

	private static String word(SplittableRandom r) {
		return WORDS[r.nextInt(WORDS.length)];
	}

	/** Sets likelihood, consequence and level at {@code index}; returns the level (0 when not rated). */
	private static int set(PreparedStatement ps, int index, int[] rating) throws java.sql.SQLException {
		if (rating == null) {
			ps.setObject(index, null);
			ps.setObject(index + 1, null);
			ps.setInt(index + 2, 0);
			return 0;
		}
		int level = MATRIX[rating[0] - 1][rating[1] - 1];
		ps.setInt(index, rating[0]);
		ps.setInt(index + 1, rating[1]);
		ps.setInt(index + 2, level);
		return level;
	}

	private static int history(PreparedStatement ps, SplittableRandom r, Org org, UUID risk, String kind,
			int[] rating, Person by, Instant at) throws java.sql.SQLException {
		if (rating == null) {
			return 0;
		}
		ps.setObject(1, GenContext.uuid(r));
		ps.setObject(2, org.id());
		ps.setObject(3, risk);
		ps.setString(4, kind);
		ps.setInt(5, rating[0]);
		ps.setInt(6, rating[1]);
		ps.setInt(7, MATRIX[rating[0] - 1][rating[1] - 1]);
		ps.setString(8, "Rated in the " + kind.toLowerCase() + " assessment");
		ps.setObject(9, by.id());
		ps.setTimestamp(10, Timestamp.from(at));
		ps.addBatch();
		return 1;
	}
}
