package dev.ordo.bench.datagen;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import dev.ordo.bench.datagen.GenContext.Org;
import dev.ordo.bench.datagen.GenContext.Person;
import dev.ordo.bench.datagen.GenContext.Pool;

/**
 * Identity module: organizations, user accounts, memberships with roles, and API tokens for the load driver.
 *
 * <p>The large organization has {@code users} people across all roles (two ISMS managers, four in top management, an
 * integration account, auditors, process owners, contributors, viewers); each small organization has an ISMS
 * manager, a top manager and a process owner. Everyone's password is the platform admin's.
 */
final class IdentityGenerator implements TableGenerator {

	static final String[] FIRST = { "Ada", "Ben", "Chloe", "Dario", "Elif", "Finn", "Grace", "Hugo", "Ines", "Jonas",
			"Kira", "Luca", "Mara", "Nils", "Olivia", "Pavel", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wim",
			"Xenia", "Yusuf", "Zoe" };

	static final String[] LAST = { "Adler", "Berger", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat",
			"Ivanova", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Rossi",
			"Schmidt", "Tanaka", "Urban", "Varga", "Weber", "Xu", "Yilmaz", "Zimmermann" };

	@Override
	public String name() {
		return "identity";
	}

	@Override
	public String generate(GenContext ctx) throws Exception {
		SplittableRandom r = ctx.random(name());
		try (var st = ctx.db.createStatement();
				ResultSet rs = st.executeQuery("select password_hash from user_account where username = 'admin'")) {
			if (!rs.next()) {
				throw new IllegalStateException("No 'admin' account: start the app once on this database first");
			}
			ctx.passwordHash = rs.getString(1);
		}
		try (var st = ctx.db.createStatement();
				ResultSet rs = st.executeQuery("select count(*) from organization where name like 'Bench %'")) {
			rs.next();
			if (rs.getInt(1) > 0) {
				throw new IllegalStateException("This database already holds generated data: start from a fresh one");
			}
		}
		int orgIndex = 0;
		ctx.orgs.add(new Org(orgIndex++, GenContext.uuid(r), "Bench Corp", Pool.LARGE, largePeople(ctx, r)));
		for (int i = 1; i <= ctx.sizes.workflowOrgs; i++) {
			String name = "Bench Workflow Org %03d".formatted(i);
			ctx.orgs.add(new Org(orgIndex++, GenContext.uuid(r), name, Pool.WORKFLOW, smallPeople(r, name)));
		}
		for (int i = 1; i <= ctx.sizes.taskOrgs(); i++) {
			String name = "Bench Task Org %04d".formatted(i);
			ctx.orgs.add(new Org(orgIndex++, GenContext.uuid(r), name, Pool.TASKS, smallPeople(r, name)));
		}
		int people = 0;
		try (PreparedStatement org = ctx.db.prepareStatement(
				"insert into organization (id, name, created_at) values (?, ?, ?)");
				PreparedStatement user = ctx.db.prepareStatement("insert into user_account (id, username, display_name, "
						+ "password_hash, platform_admin, enabled, failed_logins, last_organization_id, created_at) "
						+ "values (?, ?, ?, ?, false, true, 0, ?, ?)");
				PreparedStatement member = ctx.db.prepareStatement(
						"insert into membership (id, organization_id, user_id, roles, created_at) values (?, ?, ?, ?, ?)")) {
			for (Org o : ctx.orgs) {
				Instant created = ctx.baseTime.minus(Duration.ofDays(o.pool() == Pool.LARGE ? 3 * 365 : 30 + r.nextInt(300)));
				org.setObject(1, o.id());
				org.setString(2, o.name());
				org.setObject(3, at(created));
				org.addBatch();
				ctx.audit.record(o.id(), created, null, "OrganizationCreated", "organization", o.id().toString(),
						"Organization '" + o.name() + "' created");
				Person manager = o.first("ISMS_MANAGER");
				for (Person p : o.people()) {
					Instant joined = created.plus(Duration.ofMinutes(1 + r.nextInt(60 * 24 * 200)));
					user.setObject(1, p.id());
					user.setString(2, p.username());
					user.setString(3, p.displayName());
					user.setString(4, ctx.passwordHash);
					user.setObject(5, o.id());
					user.setObject(6, at(joined));
					user.addBatch();
					member.setObject(1, GenContext.uuid(r));
					member.setObject(2, o.id());
					member.setObject(3, p.id());
					member.setString(4, String.join(",", new TreeSet<>(p.roles())));
					member.setObject(5, at(joined));
					member.addBatch();
					ctx.audit.record(o.id(), joined, p == manager ? null : manager.id(), "MembershipGranted",
							"membership", p.id().toString(), p.username() + " holds roles " + new TreeSet<>(p.roles()));
					people++;
				}
			}
			org.executeBatch();
			user.executeBatch();
			member.executeBatch();
		}
		for (Org o : ctx.orgs) {
			ctx.tokens.add(new GenContext.Token(o, "manager", o.first("ISMS_MANAGER"), null));
			ctx.tokens.add(new GenContext.Token(o, "ceo", o.first("TOP_MANAGEMENT"), null));
			if (o.pool() == Pool.LARGE) {
				ctx.tokens.add(new GenContext.Token(o, "integration",
						o.people().stream().filter(p -> p.username().startsWith("integration")).findFirst().orElseThrow(),
						null));
			}
		}
		List<GenContext.Token> withSecrets = new ArrayList<>();
		try (PreparedStatement token = ctx.db.prepareStatement("insert into api_token (id, organization_id, user_id, "
				+ "name, token_hash, token_hint, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (GenContext.Token t : ctx.tokens) {
				byte[] bytes = new byte[24];
				r.nextBytes(bytes);
				String secret = "ordo_bench_" + HexFormat.of().formatHex(bytes);
				Instant issued = ctx.baseTime.minus(Duration.ofDays(1));
				token.setObject(1, GenContext.uuid(r));
				token.setObject(2, t.org().id());
				token.setObject(3, t.person().id());
				token.setString(4, "bench " + t.label());
				token.setString(5, GenContext.sha256Hex(secret));
				token.setString(6, secret.substring(0, 9) + "…");
				token.setObject(7, at(issued));
				// Far beyond the app's 366-day limit on purpose: the data must stay usable for years of runs.
				token.setObject(8, at(ctx.baseTime.plus(Duration.ofDays(3650))));
				token.addBatch();
				ctx.audit.record(t.org().id(), issued, t.person().id(), "ApiTokenIssued", "api-token", "bench " + t.label(),
						"API token 'bench " + t.label() + "' issued");
				withSecrets.add(new GenContext.Token(t.org(), t.label(), t.person(), secret));
			}
			token.executeBatch();
		}
		ctx.tokens.clear();
		ctx.tokens.addAll(withSecrets);
		return "%d organizations, %d people with memberships, %d API tokens".formatted(ctx.orgs.size(), people,
				ctx.tokens.size());
	}

	private List<Person> largePeople(GenContext ctx, SplittableRandom r) {
		List<Person> people = new ArrayList<>();
		int n = Math.max(ctx.sizes.users, 12);
		for (int i = 0; i < n; i++) {
			Set<String> roles = new LinkedHashSet<>();
			String prefix = null;
			if (i == 0) {
				roles.add("ISMS_MANAGER");
				roles.add("PROCESS_OWNER");
			}
			else if (i == 1) {
				roles.add("ISMS_MANAGER");
			}
			else if (i <= 5) {
				roles.add("TOP_MANAGEMENT");
			}
			else if (i == 6) {
				roles.add("AUDITOR");
				prefix = "integration";
			}
			else if (i <= 11) {
				roles.add("AUDITOR");
			}
			else {
				double x = r.nextDouble();
				if (x < 0.2) {
					roles.add("PROCESS_OWNER");
					roles.add("CONTRIBUTOR");
				}
				else if (x < 0.85) {
					roles.add("CONTRIBUTOR");
				}
				else {
					roles.add("VIEWER");
				}
			}
			String first = FIRST[r.nextInt(FIRST.length)];
			String last = LAST[r.nextInt(LAST.length)];
			String username = (prefix != null ? prefix : first.toLowerCase() + "." + last.toLowerCase()) + "." + i
					+ "@bench-corp.example";
			String display = prefix != null ? "SIEM integration" : first + " " + last;
			people.add(new Person(GenContext.uuid(r), username, display, roles));
		}
		return people;
	}

	private List<Person> smallPeople(SplittableRandom r, String orgName) {
		String domain = orgName.toLowerCase().replace(' ', '-') + ".example";
		return List.of(
				new Person(GenContext.uuid(r), "manager@" + domain, "Manager of " + orgName,
						Set.of("ISMS_MANAGER", "PROCESS_OWNER")),
				new Person(GenContext.uuid(r), "ceo@" + domain, "CEO of " + orgName, Set.of("TOP_MANAGEMENT")),
				new Person(GenContext.uuid(r), "owner@" + domain, "Owner in " + orgName,
						Set.of("PROCESS_OWNER", "CONTRIBUTOR")));
	}

	static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
