package dev.ordo.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns one run's results folder into the Markdown section that bench/run.sh appends to docs/performance.md:
 * machine, command, data, floors, load, startup and memory, and each target met or not met with its figure.
 * Every number comes from the run's own files; nothing here is a result.
 *
 * <pre>java ... dev.ordo.bench.report.Summarize RESULTS_DIR</pre>
 */
public final class Summarize {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Path dir;

	private final Map<String, String> m = new LinkedHashMap<>();

	private final StringBuilder out = new StringBuilder();

	private final List<String> misses = new ArrayList<>();

	private Summarize(Path dir) throws IOException {
		this.dir = dir;
		for (String line : Files.readAllLines(dir.resolve("metrics.env"))) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				m.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
			}
		}
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		Summarize s = new Summarize(dir);
		String md = s.render();
		Files.writeString(dir.resolve("summary.md"), md);
		System.out.print(md);
	}

	private String get(String key) {
		return m.getOrDefault(key, "");
	}

	private Optional<Double> num(String key) {
		try {
			String v = m.get(key);
			return v == null || v.isBlank() ? Optional.empty() : Optional.of(Double.parseDouble(v));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private Optional<GatlingReport.Row> phase(String phase, String request) throws IOException {
		Optional<Path> report = GatlingReport.latest(dir.resolve("gatling").resolve(phase));
		if (report.isEmpty()) {
			return Optional.empty();
		}
		return GatlingReport.read(report.get()).stream().filter(r -> r.name().equals(request)).findFirst();
	}

	private List<GatlingReport.Row> phaseRows(String phase) throws IOException {
		Optional<Path> report = GatlingReport.latest(dir.resolve("gatling").resolve(phase));
		return report.isEmpty() ? List.of() : GatlingReport.read(report.get());
	}

	private JsonNode json(String file) throws IOException {
		Path p = dir.resolve(file);
		return Files.exists(p) ? JSON.readTree(Files.readString(p)) : JSON.nullNode();
	}

	private String render() throws IOException {
		boolean pg = "pg".equals(get("run.db"));
		line("### Run " + get("run.date") + " — " + get("run.profile") + ", " + (pg ? "PostgreSQL" : "H2"));
		line("");
		line("- Command: `" + get("run.command") + "` (results: `bench/results/" + dir.getFileName() + "/`)");
		line("- Machine: " + get("machine.nproc") + " cores (" + get("machine.cpu") + "), " + get("machine.mem_mib")
				+ " MiB RAM; JDK 17: " + get("jdk17.version") + "; JDK 25: " + get("jdk25.version") + "; PostgreSQL "
				+ get("pg.version"));
		line("- Load average (1 min) at start / end: " + get("load.start") + " / " + get("load.end")
				+ " (the machine is shared: floors measured in the same run make the ratios comparable)");
		line("- App: `" + get("app.jar") + "` (sha256 " + get("app.jar_sha") + "), repository at " + get("app.git")
				+ "; under load on JDK " + get("load.jdk"));
		JsonNode genDb = json("data/generate-db.json");
		JsonNode genApi = json("data/generate-api.json");
		line("- Data (seed " + genDb.path("seed").asText() + "): " + genDb.path("identity").path("generated").asText()
				+ "; " + genDb.path("processes").path("generated").asText() + "; "
				+ genDb.path("riskassessment").path("generated").asText() + "; "
				+ genDb.path("records").path("generated").asText() + " — " + genDb.path("seconds").asText()
				+ " s straight into the database; " + genApi.path("workflowsCompleted").asText()
				+ " tailoring approvals run to the end through the API in " + genApi.path("workflowsSeconds").asText()
				+ " s (" + genApi.path("workflowsPerSecond").asText() + "/s, " + genDb.path("sizes").path("concurrency").asText()
				+ " concurrent), " + genApi.path("openTasks").asText() + " approval tasks left open in "
				+ genApi.path("openTasksSeconds").asText() + " s");
		line("");

		// --- floors -----------------------------------------------------------------------------------------------
		Optional<GatlingReport.Row> health = phase("floor-health", "floor: GET /actuator/health");
		Optional<GatlingReport.Row> me = phase("floor-me", "floor: GET /api/v1/me");
		Optional<GatlingReport.Row> write = phase("write", "write: POST /api/v1/tokens");
		Optional<GatlingReport.Row> approve = phase("approve", "approve: POST /api/v1/tasks/{id}/complete");
		JsonNode flow = json("flowable-floor.json");
		line("| Floor or operation (same run) | Throughput | p50 / p95 / p99 ms | CPU ms per op (app JVM) |");
		line("| --- | ---: | --- | ---: |");
		line("| pgbench single-row insert (" + get("pgbench.clients") + " clients) | " + f0(num("pgbench.tps"))
				+ " tx/s | avg " + get("pgbench.latency_ms") + " | |");
		health.ifPresent(r -> line("| HTTP GET /actuator/health (" + get("load.concurrency") + " users, closed) | "
				+ rps(r) + " | " + pcts(r) + " | " + cpu("floor-health", health) + " |"));
		me.ifPresent(r -> line("| HTTP GET /api/v1/me, bearer token (" + get("load.concurrency") + " users, closed) | "
				+ rps(r) + " | " + pcts(r) + " | " + cpu("floor-me", me) + " |"));
		write.ifPresent(r -> line("| Write: POST /api/v1/tokens (" + get("load.concurrency") + " users, closed) | "
				+ rps(r) + " | " + pcts(r) + " | " + cpu("write", write) + " |"));
		if (!flow.isNull()) {
			line("| Bare Flowable start + complete, one user task (" + flow.path("threads").asText() + " threads, "
					+ flow.path("database").asText() + ") | " + flow.path("cyclesPerSecond").asText()
					+ " cycles/s | complete " + flow.path("completeP50Ms").asText() + " / "
					+ flow.path("completeP95Ms").asText() + " / " + flow.path("completeP99Ms").asText() + " | "
					+ flow.path("cpuMsPerCycle").asText("?") + " |");
		}
		approve.ifPresent(r -> line("| Approval: POST /api/v1/tasks/{id}/complete (" + get("load.approve_rate")
				+ "/s offered, open) | " + rps(r) + " | " + pcts(r) + " | " + cpu("approve", approve) + " |"));
		line("");
		line("CPU ms per op is the app process's user + system time during the phase divided by its requests (for "
				+ "Flowable: the floor JVM per start + complete); it depends much less than throughput on what else "
				+ "the machine is doing (though it still varies by some 40 % between busy and quiet moments). " + get("machine.nproc") + " cores / CPU ms per op is the most that op could "
				+ "reach on this machine with nothing else running (database and load driver not counted).");
		line("");

		// --- targets ----------------------------------------------------------------------------------------------
		line("| Target | Figure | Result |");
		line("| --- | --- | --- |");
		Optional<Double> cds = num("startup.jdk17-cds.ms");
		Optional<Double> plain17 = num("startup.jdk17-plain.ms");
		target("Healthy ≤ 8 s on JDK 17 (CDS allowed)", cds.map(v -> v <= 8000),
				"CDS " + sec(cds) + (plain17.isPresent() ? ", plain `java -jar` " + sec(plain17) : "")
						+ "; first start on an empty database (plain) " + sec(num("startup.first.ms")));
		Optional<Double> aot = num("startup.jdk25-aot.ms");
		target("Healthy ≤ 4 s on JDK 25 (AOT cache)", aot.map(v -> v <= 4000),
				"AOT cache " + sec(aot) + (num("startup.jdk25-plain.ms").isPresent()
						? ", plain " + sec(num("startup.jdk25-plain.ms")) : ""));
		Optional<Double> idle = num("startup.jdk17-cds.idle_rss_mib");
		target("Idle RSS ≤ 450 MiB", idle.map(v -> v <= 450), mib(idle) + " (JDK 17 + CDS, " + get("app.java_opts")
				+ "); other starts in the table below");
		Optional<Double> loaded = num("load.rss_max_mib");
		target("RSS ≤ 900 MiB under mixed load with -Xmx512m", loaded.map(v -> v <= 900), mib(loaded) + " (peak)");
		Optional<Double> pgTps = num("pgbench.tps");
		Optional<Double> writeRps = write.map(r -> ok(r));
		Optional<Double> ratio = writeRps.isPresent() && pgTps.isPresent() && pgTps.get() > 0
				? Optional.of(writeRps.get() / pgTps.get()) : Optional.empty();
		target("Single-entity write + audit entry ≥ 20 % of pgbench inserts", ratio.map(v -> v >= 0.2),
				"POST /api/v1/tokens " + f0(writeRps) + "/s = " + pct(ratio) + " of " + f0(pgTps) + " tx/s"
						+ write.map(r -> ", p99 " + r.p99() + " ms, " + r.ko() + " errors").orElse(""));
		Optional<Double> assetImport = num("import.assets-csv.rows_per_s");
		Optional<Double> riskImport = num("import.risks-csv.rows_per_s");
		target("Import ≥ 30,000 rows/s (" + get("import.assets-csv.rows") + " rows, asset and risk CSV)",
				assetImport.isPresent() && riskImport.isPresent()
						? Optional.of(assetImport.get() >= 30000 && riskImport.get() >= 30000) : Optional.empty(),
				"assets " + f0(assetImport) + " rows/s, risks with 3 ratings " + f0(riskImport) + " rows/s, risks from the "
						+ "exported XLSX " + f0(num("import.risks-xlsx.rows_per_s")) + " rows/s; peak RSS "
						+ get("import.rss_max_mib") + " MiB with " + get("app.java_opts"));
		Optional<Double> approveRps = approve.map(Summarize::ok);
		String approveRate = get("load.approve_rate");
		target("Approval completion ≥ 200/s with p99 ≤ 50 ms" + (pg ? "" : " (target is for PostgreSQL; H2 shown for comparison)"),
				approve.map(r -> r.ko() == 0 && ok(r) >= 200 * 0.98 && r.p99() <= 50),
				approve.map(r -> f0(Optional.of(ok(r))) + "/s completed at " + approveRate + "/s offered, p50/p95/p99 "
						+ r.p50() + "/" + r.p95() + "/" + r.p99() + " ms, " + r.ko() + " errors of " + r.total()
						+ "; bare Flowable floor " + flow.path("cyclesPerSecond").asText("?") + " start+complete/s; backlog drained "
						+ get("drain.approve.seconds") + " s after the phase; peak RSS " + get("approve.rss_max_mib") + " MiB")
					.orElse("not measured"));
		List<GatlingReport.Row> registers = phaseRows("registers");
		Optional<GatlingReport.Row> allRegisters = registers.stream().filter(r -> r.name().equals("All Requests"))
			.findFirst();
		List<GatlingReport.Row> lists = registers.stream()
			.filter(r -> r.name().startsWith("registers: risk register") || r.name().startsWith("registers: asset list"))
			.toList();
		target("R1: risk register and asset list p95 ≤ 100 ms (filter + sort + page of 50, API and page, 64 users)",
				lists.isEmpty() ? Optional.empty() : Optional.of(lists.stream().allMatch(r -> r.p95() <= 100)),
				lists.isEmpty() ? "not measured" : String.join("; ", lists.stream()
					.map(r -> r.name().substring("registers: ".length()) + " p95 " + r.p95() + " ms").toList()));
		// The 64 sign-ins (bcrypt, by design slow) come before the reads and are not register reads: throughput and
		// worst p99 count the reads only, over the read window (Gatling's own rate divides by the whole run, sign-ins
		// included); the CPU figure is for the whole phase, sign-ins included.
		List<GatlingReport.Row> reads = registers.stream()
			.filter(r -> !r.name().equals("All Requests") && !r.name().startsWith("registers: sign"))
			.toList();
		Optional<Double> readWindow = num("load.register_seconds");
		Optional<Double> readRate = reads.isEmpty() ? Optional.empty()
				: Optional.of(readWindow.isPresent() && readWindow.get() > 0
						? reads.stream().mapToLong(GatlingReport.Row::ok).sum() / readWindow.get()
						: reads.stream().mapToDouble(Summarize::ok).sum());
		long readP99 = reads.stream().mapToLong(GatlingReport.Row::p99).max().orElse(0);
		long readErrors = reads.stream().mapToLong(GatlingReport.Row::ko).sum();
		target("R1: ≥ 800 requests/s with p99 ≤ 150 ms at 64 concurrent clients",
				readRate.map(v -> v >= 800 && readP99 <= 150 && readErrors == 0),
				readRate.map(v -> f0(Optional.of(v)) + " reads/s, worst p99 of the five reads " + readP99 + " ms, "
						+ readErrors + " errors; app CPU " + cpu("registers", allRegisters)
						+ " ms per request of the phase (sign-ins included)").orElse("not measured"));
		Optional<GatlingReport.Row> heat = registers.stream().filter(r -> r.name().equals("registers: heat map (API)"))
			.findFirst();
		target("R1: heat map ≤ 200 ms", heat.map(r -> r.p95() <= 200),
				heat.map(r -> "p95 " + r.p95() + " ms, p99 " + r.p99() + " ms under the 64-user load").orElse("not measured"));
		List<Optional<Double>> soa = List.of(num("soa.pdf_1.seconds"), num("soa.pdf_2.seconds"),
				num("soa.pdf_3.seconds"));
		Optional<Double> soaWorst = soa.stream().flatMap(Optional::stream).max(Double::compare);
		target("R1: SoA PDF of the 93 Annex A controls renders in ≤ 2 s", soaWorst.map(v -> v <= 2.0),
				"three downloads of the large organization's draft: " + seconds(soa) + " (" + get("soa.pdf_bytes")
						+ " bytes; the worst counts)");
		List<Optional<Double>> oscal = List.of(num("oscal.import_1.seconds"), num("oscal.import_2.seconds"),
				num("oscal.import_3.seconds"));
		Optional<Double> oscalWorst = oscal.stream().flatMap(Optional::stream).max(Double::compare);
		target("R1: full SP 800-53 rev5 OSCAL catalog imports in ≤ 5 s", oscalWorst.map(v -> v <= 5.0),
				get("oscal.controls") + " controls; three imports one after another: " + seconds(oscal)
						+ " (the first one loads the OSCAL library; the worst counts)");
		line("");

		// --- mixed load ----------------------------------------------------------------------------------------------
		List<GatlingReport.Row> mixed = phaseRows("mixed");
		if (!mixed.isEmpty()) {
			Optional<GatlingReport.Row> all = mixed.stream().filter(r -> r.name().equals("All Requests")).findFirst();
			line("Mixed load, open model (" + get("load.mixed_rates") + ", " + get("load.seconds") + " s; app CPU "
					+ cpu("mixed", all) + " ms per request):");
			requestTable(mixed);
		}

		if (!registers.isEmpty()) {
			line("R1 registers, closed model (" + get("load.register_users") + " users, 100,000 risks / 20,000 assets):");
			requestTable(registers);
		}

		// --- startup and memory --------------------------------------------------------------------------------------
		line("| Start (" + (pg ? "PostgreSQL" : "H2") + ", " + get("app.java_opts") + ") | Launch → healthy | Idle RSS | Load average then |");
		line("| --- | ---: | ---: | ---: |");
		line("| first start on an empty database (migrations, demo data; JDK 17 plain) | " + sec(num("startup.first.ms"))
				+ " | | " + get("startup.first.load") + " |");
		for (String v : List.of("load-jdk17", "load-jdk25", "jdk17-plain", "jdk17-cds", "jdk25-plain", "jdk25-aot")) {
			if (num("startup." + v + ".ms").isPresent()) {
				line("| " + v + " | " + sec(num("startup." + v + ".ms")) + " | " + mib(num("startup." + v + ".idle_rss_mib"))
						+ " | " + get("startup." + v + ".load") + " |");
			}
		}
		line("");

		// --- latency probe -------------------------------------------------------------------------------------------
		Path probe = dir.resolve("latency-probe.tsv");
		if (Files.exists(probe)) {
			line("Read endpoints one at a time (median of " + get("probe.requests") + " sequential requests after the load): "
					+ "large = Bench Corp (" + genDb.path("sizes").path("users").asText() + " people, "
					+ genDb.path("sizes").path("auditEntries").asText() + " audit entries, "
					+ genDb.path("sizes").path("tailoringHistory").asText() + " past tailoring changes), small = a "
					+ "3-person organization. A large/small ratio far above 1 means the work grows with the data.");
			line("");
			line("| Endpoint | Large org ms | Small org ms |");
			line("| --- | ---: | ---: |");
			for (String l : Files.readAllLines(probe)) {
				String[] c = l.split("\t");
				if (c.length >= 3) {
					line("| `" + c[0] + "` | " + c[1] + " | " + c[2] + " |");
				}
			}
			line("");
		}
		line("Run time: " + get("run.seconds") + " s.");
		line("");
		if (!misses.isEmpty()) {
			line("Not met in this run: " + String.join("; ", misses) + ". See *Targets and findings* above for why and what would fix it.");
			line("");
		}
		return out.toString();
	}

	private static String seconds(List<Optional<Double>> values) {
		return values.stream().map(v -> v.map(d -> String.format(Locale.ROOT, "%.2f s", d)).orElse("?")).toList()
			.toString();
	}

	/** One row per request name of a Gatling phase. */
	private void requestTable(List<GatlingReport.Row> rows) {
		line("");
		line("| Request | Count | Errors | Req/s | p50 | p95 | p99 | max (ms) |");
		line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
		for (GatlingReport.Row r : rows) {
			line("| " + r.name() + " | " + r.total() + " | " + r.ko() + " | "
					+ String.format(Locale.ROOT, "%.1f", r.perSecond()) + " | " + r.p50() + " | " + r.p95() + " | "
					+ r.p99() + " | " + r.max() + " |");
		}
		line("");
	}

	/** App CPU ms per request of a phase (user + system time of the app process during the phase / requests). */
	private String cpu(String phase, Optional<GatlingReport.Row> row) {
		Optional<Double> ms = num("cpu." + phase + ".app_ms");
		if (ms.isEmpty() || row.isEmpty() || row.get().total() == 0) {
			return "?";
		}
		return String.format(Locale.ROOT, "%.1f", ms.get() / row.get().total());
	}

	private static double ok(GatlingReport.Row r) {
		return r.total() == 0 ? 0 : r.perSecond() * r.ok() / r.total();
	}

	private void target(String name, Optional<Boolean> met, String figure) {
		String result = met.map(b -> b ? "**met**" : "**not met**").orElse("not measured");
		if (met.isPresent() && !met.get()) {
			misses.add(name);
		}
		line("| " + name + " | " + figure + " | " + result + " |");
	}

	private void line(String s) {
		out.append(s).append('\n');
	}

	private static String rps(GatlingReport.Row r) {
		return String.format(Locale.ROOT, "%.0f req/s (%d errors)", ok(r), r.ko());
	}

	private static String pcts(GatlingReport.Row r) {
		return r.p50() + " / " + r.p95() + " / " + r.p99();
	}

	private static String f0(Optional<Double> v) {
		return v.map(d -> String.format(Locale.ROOT, "%.0f", d)).orElse("?");
	}

	private static String pct(Optional<Double> v) {
		return v.map(d -> String.format(Locale.ROOT, "%.1f %%", d * 100)).orElse("?");
	}

	private static String sec(Optional<Double> ms) {
		return ms.map(d -> String.format(Locale.ROOT, "%.1f s", d / 1000)).orElse("not measured");
	}

	private static String mib(Optional<Double> v) {
		return v.map(d -> String.format(Locale.ROOT, "%.0f MiB", d)).orElse("not measured");
	}
}
