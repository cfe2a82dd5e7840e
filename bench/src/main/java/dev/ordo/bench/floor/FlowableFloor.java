package dev.ordo.bench.floor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Workflow floor: bare Flowable (same version as the app, no Spring, no HTTP) starting a one-user-task process
 * and completing its task, on the same kind of database as the app, with the app's history level. What the app's
 * approval costs beyond this is Ordo's own work (HTTP, security, JPA, audit trail, the service task).
 *
 * <pre>java ... dev.ordo.bench.floor.FlowableFloor --db-url URL [--db-user U] [--threads 8] [--seconds 15] --out FILE</pre>
 */
public final class FlowableFloor {

	public static void main(String[] argv) throws Exception {
		Map<String, String> args = new HashMap<>();
		for (int i = 0; i + 1 < argv.length; i += 2) {
			args.put(argv[i].substring(2), argv[i + 1]);
		}
		String url = args.get("db-url");
		boolean postgres = url.startsWith("jdbc:postgresql:");
		int threads = Integer.parseInt(args.getOrDefault("threads", "8"));
		int seconds = Integer.parseInt(args.getOrDefault("seconds", "15"));
		int warmup = Integer.parseInt(args.getOrDefault("warmup", "5"));
		StandaloneProcessEngineConfiguration cfg = (StandaloneProcessEngineConfiguration) ProcessEngineConfiguration
			.createStandaloneProcessEngineConfiguration();
		cfg.setJdbcUrl(url);
		cfg.setJdbcDriver(postgres ? "org.postgresql.Driver" : "org.h2.Driver");
		cfg.setJdbcUsername(args.getOrDefault("db-user", postgres ? "postgres" : "sa"));
		cfg.setJdbcPassword(args.getOrDefault("db-password", ""));
		cfg.setJdbcMaxActiveConnections(threads + 2);
		cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		cfg.setAsyncExecutorActivate(false);
		cfg.setHistoryLevel(HistoryLevel.AUDIT);
		cfg.setDisableIdmEngine(true);
		cfg.setDisableEventRegistry(true);
		ProcessEngine engine = cfg.buildProcessEngine();
		try {
			engine.getRepositoryService().createDeployment().name("floor")
				.addClasspathResource("floor/one-task.bpmn20.xml").deploy();
			RuntimeService runtime = engine.getRuntimeService();
			TaskService tasks = engine.getTaskService();
			run(runtime, tasks, threads, warmup);
			var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean();
			long cpu0 = os.getProcessCpuTime();
			Result r = run(runtime, tasks, threads, seconds);
			long cpuNanos = os.getProcessCpuTime() - cpu0;
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("database", postgres ? "postgresql" : "h2");
			out.put("threads", threads);
			out.put("seconds", seconds);
			out.put("cycles", r.cycles);
			out.put("cyclesPerSecond", Math.round(r.cycles / r.seconds * 10) / 10.0);
			out.put("completeP50Ms", pct(r.completeNanos, 50));
			out.put("completeP95Ms", pct(r.completeNanos, 95));
			out.put("completeP99Ms", pct(r.completeNanos, 99));
			out.put("cycleP99Ms", pct(r.cycleNanos, 99));
			// CPU of this JVM (engine, JDBC driver, GC, JIT) per start + complete; the database's CPU is not in it.
			out.put("cpuMsPerCycle", Math.round(cpuNanos / 1e6 / Math.max(r.cycles, 1) * 100) / 100.0);
			String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
			if (args.containsKey("out")) {
				Files.writeString(Path.of(args.get("out")), json);
			}
			System.out.println(json);
		}
		finally {
			engine.close();
		}
	}

	private record Result(long cycles, double seconds, long[] completeNanos, long[] cycleNanos) {
	}

	private static Result run(RuntimeService runtime, TaskService tasks, int threads, int seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		List<Future<long[][]>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			final int thread = t;
			futures.add(pool.submit(() -> {
				long[] complete = new long[1 << 16];
				long[] cycle = new long[1 << 16];
				int n = 0;
				String tenant = "00000000-0000-0000-0000-00000000000" + (thread % 10);
				while (System.nanoTime() < end) {
					long c0 = System.nanoTime();
					Map<String, Object> vars = new HashMap<>();
					vars.put("processKey", "risk-assessment");
					vars.put("processName", "6.3 Risk assessment");
					vars.put("proposedBy", tenant);
					String id = runtime.createProcessInstanceBuilder().processDefinitionKey("floorOneTask")
						.businessKey("floor-" + thread + "-" + n).variables(vars)
						.overrideProcessDefinitionTenantId(tenant).start().getId();
					Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
					long t0 = System.nanoTime();
					tasks.complete(task.getId(), Map.of("approved", true, "comment", "ok"));
					long t1 = System.nanoTime();
					if (n == complete.length) {
						complete = Arrays.copyOf(complete, n * 2);
						cycle = Arrays.copyOf(cycle, n * 2);
					}
					complete[n] = t1 - t0;
					cycle[n] = t1 - c0;
					n++;
				}
				return new long[][] { Arrays.copyOf(complete, n), Arrays.copyOf(cycle, n) };
			}));
		}
		long[] complete = new long[0];
		long[] cycle = new long[0];
		for (Future<long[][]> f : futures) {
			long[][] r = f.get();
			complete = concat(complete, r[0]);
			cycle = concat(cycle, r[1]);
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		Arrays.sort(complete);
		Arrays.sort(cycle);
		return new Result(complete.length, elapsed, complete, cycle);
	}

	private static long[] concat(long[] a, long[] b) {
		long[] c = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, c, a.length, b.length);
		return c;
	}

	private static double pct(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return Math.round(sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e5) / 10.0;
	}

	private FlowableFloor() {
	}
}
