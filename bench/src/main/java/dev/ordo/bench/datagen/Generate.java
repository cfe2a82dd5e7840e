package dev.ordo.bench.datagen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.ordo.bench.datagen.GenContext.Org;
import dev.ordo.bench.datagen.GenContext.Pool;
import dev.ordo.bench.datagen.GenContext.Token;

/**
 * Generates a large, realistic data set reproducibly from a seed.
 *
 * <pre>
 * phase db  (app stopped, schema migrated by one start of the app):
 *   java ... dev.ordo.bench.datagen.Generate --phase db --db-url jdbc:... --db-user ... --out DIR [--profile quick|full] [--seed 42]
 * phase api (app running):
 *   java ... dev.ordo.bench.datagen.Generate --phase api --base-url http://127.0.0.1:8180 --out DIR [--profile ...]
 * </pre>
 *
 * Sizes come from the profile and can be overridden one by one, e.g. {@code --audit-entries 250000}. The db phase
 * writes the feeder files for the load driver (tokens.csv and friends) into DIR, the api phase reads them.
 */
public final class Generate {

	/** Table generators in dependency order; add one per module as features land. Records must stay last. */
	static List<TableGenerator> TABLE_GENERATORS(List<String> processKeys, Map<String, String> processNames) {
		return List.of(new IdentityGenerator(), new ProcessesGenerator(processKeys, processNames),
				new RiskAssessmentGenerator(),
				new RecordsGenerator(processKeys));
	}

	public static void main(String[] argv) throws Exception {
		Map<String, String> args = parse(argv);
		String profile = args.getOrDefault("profile", "quick");
		Sizes sizes = Sizes.of(profile);
		sizes.override(args);
		long seed = Long.parseLong(args.getOrDefault("seed", "42"));
		Path out = Path.of(args.getOrDefault("out", "bench/results/data"));
		Files.createDirectories(out);
		Path catalog = Path.of(args.getOrDefault("catalog", "src/main/resources/catalog/ts27022-processes.json"));
		List<String> keys = ProcessCatalog.keys(catalog);
		Map<String, String> names = ProcessCatalog.names(catalog);
		String phase = args.getOrDefault("phase", "db");
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("phase", phase);
		summary.put("profile", profile);
		summary.put("seed", seed);
		summary.put("sizes", sizes.asMap());
		long t0 = System.nanoTime();
		switch (phase) {
			case "db" -> summary.putAll(db(args, sizes, seed, out, keys, names));
			case "api" -> summary.putAll(api(args, sizes, seed, out, keys));
			default -> throw new IllegalArgumentException("--phase db|api");
		}
		summary.put("seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
		String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary);
		Files.writeString(out.resolve("generate-" + phase + ".json"), json);
		System.out.println(json);
	}

	private static Map<String, Object> db(Map<String, String> args, Sizes sizes, long seed, Path out,
			List<String> keys, Map<String, String> names) throws Exception {
		String url = require(args, "db-url");
		boolean postgres = url.startsWith("jdbc:postgresql:");
		if (postgres && !url.contains("reWriteBatchedInserts")) {
			url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
		}
		Properties props = new Properties();
		props.setProperty("user", args.getOrDefault("db-user", postgres ? "postgres" : "sa"));
		props.setProperty("password", args.getOrDefault("db-password", ""));
		Instant base = Instant.parse(args.getOrDefault("base-time", "2026-01-01T00:00:00Z"));
		Map<String, Object> result = new LinkedHashMap<>();
		try (Connection db = DriverManager.getConnection(url, props)) {
			db.setAutoCommit(false);
			GenContext ctx = new GenContext(seed, base, sizes, db, postgres, out);
			try (AuditWriter audit = new AuditWriter(db, ctx.random("audit-ids"))) {
				ctx.audit = audit;
				for (TableGenerator g : TABLE_GENERATORS(keys, names)) {
					long t = System.nanoTime();
					String what = g.generate(ctx);
					audit.flush();
					db.commit();
					double s = (System.nanoTime() - t) / 1e9;
					System.out.printf("%-10s %6.1f s  %s%n", g.name(), s, what);
					result.put(g.name(), Map.of("seconds", Math.round(s * 10) / 10.0, "generated", what));
				}
			}
			if (postgres) {
				try (var st = db.createStatement()) {
					db.setAutoCommit(true);
					// A database that has been in use has been vacuumed by autovacuum: its visibility map lets index-only
					// scans (the heat map's, the capped counts') skip the table. Freshly bulk-loaded rows have none yet.
					st.execute("vacuum analyze");
				}
			}
			writeFeeders(ctx, keys);
		}
		return result;
	}

	/** The load driver's input: tokens per organization and role, and the organizations' owners. */
	private static void writeFeeders(GenContext ctx, List<String> keys) throws Exception {
		List<String> tokens = new ArrayList<>(List.of("orgIndex,pool,orgId,label,userId,token"));
		for (Token t : ctx.tokens) {
			tokens.add(String.join(",", String.valueOf(t.org().index()), t.org().pool().name(),
					t.org().id().toString(), t.label(), t.person().id().toString(), t.secret()));
		}
		Files.write(ctx.out.resolve("tokens.csv"), tokens);
		List<String> owners = new ArrayList<>(List.of("orgIndex,userId"));
		for (Org o : ctx.orgs) {
			o.people().stream().filter(p -> p.has("PROCESS_OWNER"))
				.forEach(p -> owners.add(o.index() + "," + p.id()));
		}
		Files.write(ctx.out.resolve("owners.csv"), owners);
		Map<Integer, Map<String, String>> byOrg = byOrg(ctx.tokens);
		// Gatling feeders.
		Org large = ctx.large();
		Files.write(ctx.out.resolve("browse.csv"), List.of("token,username",
				byOrg.get(large.index()).get("manager") + "," + large.first("ISMS_MANAGER").username()));
		Files.write(ctx.out.resolve("integration.csv"), List.of("token", byOrg.get(large.index()).get("integration")));
		Files.write(ctx.out.resolve("processes.csv"),
				java.util.stream.Stream.concat(java.util.stream.Stream.of("processKey"), keys.stream()).toList());
		List<String> slots = new ArrayList<>(List.of("managerToken,ceoToken,processKey"));
		for (Org o : ctx.pool(Pool.WORKFLOW)) {
			for (String key : keys) {
				slots.add(byOrg.get(o.index()).get("manager") + "," + byOrg.get(o.index()).get("ceo") + "," + key);
			}
		}
		Files.write(ctx.out.resolve("workflow-slots.csv"), slots);
	}

	private static Map<Integer, Map<String, String>> byOrg(List<Token> tokens) {
		Map<Integer, Map<String, String>> m = new HashMap<>();
		for (Token t : tokens) {
			m.computeIfAbsent(t.org().index(), i -> new HashMap<>()).put(t.label(), t.secret());
		}
		return m;
	}

	private static Map<String, Object> api(Map<String, String> args, Sizes sizes, long seed, Path out,
			List<String> keys) throws Exception {
		ApiClient api = new ApiClient(args.getOrDefault("base-url", "http://127.0.0.1:8180"));
		List<String[]> tokens = Files.readAllLines(out.resolve("tokens.csv")).stream().skip(1)
			.map(l -> l.split(",")).toList();
		Map<String, List<String>> owners = Files.readAllLines(out.resolve("owners.csv")).stream().skip(1)
			.map(l -> l.split(",")).collect(Collectors.groupingBy(a -> a[0],
					Collectors.mapping(a -> a[1], Collectors.toList())));
		Map<String, List<String[]>> perOrg = tokens.stream()
			.collect(Collectors.groupingBy(a -> a[0], LinkedHashMap::new, Collectors.toList()));
		List<WorkflowApiGenerator.OrgAccess> orgs = new ArrayList<>();
		perOrg.forEach((index, rows) -> {
			Map<String, String> byLabel = rows.stream().collect(Collectors.toMap(a -> a[3], a -> a[5]));
			orgs.add(new WorkflowApiGenerator.OrgAccess(Integer.parseInt(index), rows.get(0)[1], byLabel.get("manager"),
					byLabel.get("ceo"), owners.getOrDefault(index, List.of())));
		});
		orgs.sort(java.util.Comparator.comparingInt(WorkflowApiGenerator.OrgAccess::index));
		return new WorkflowApiGenerator(api, keys, sizes, seed).generate(orgs, out);
	}

	private static String require(Map<String, String> args, String key) {
		String v = args.get(key);
		if (v == null) {
			throw new IllegalArgumentException("--" + key + " is required");
		}
		return v;
	}

	static Map<String, String> parse(String[] argv) {
		Map<String, String> m = new HashMap<>();
		for (int i = 0; i < argv.length; i++) {
			if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
				throw new IllegalArgumentException("Arguments are --name value pairs; bad: " + argv[i]);
			}
			m.put(argv[i].substring(2), argv[++i]);
		}
		return m;
	}

	private Generate() {
	}

}
