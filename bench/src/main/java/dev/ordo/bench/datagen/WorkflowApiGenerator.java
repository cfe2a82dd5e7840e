package dev.ordo.bench.datagen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Workflow module, through the running app: tailoring approvals proposed by each organization's ISMS manager and
 * decided by its top manager, so every one is a real Flowable process instance with its history, its tailoring
 * change and its audit-trail entries. Then it leaves approval tasks open for the approval-throughput phase and
 * writes their ids to {@code open-tasks.csv}.
 *
 * <p>The data in the database comes from the seed; which instance finishes first under concurrency does not.
 */
final class WorkflowApiGenerator {

	/** One organization as the load driver sees it: its tokens and the people who may own a process. */
	record OrgAccess(int index, String pool, String managerSecret, String ceoSecret, List<String> ownerIds) {
	}

	private record Slot(OrgAccess org, String processKey, int cycles, SplittableRandom random) {
	}

	private final ApiClient api;

	private final List<String> processKeys;

	private final Sizes sizes;

	private final long seed;

	WorkflowApiGenerator(ApiClient api, List<String> processKeys, Sizes sizes, long seed) {
		this.api = api;
		this.processKeys = processKeys;
		this.sizes = sizes;
		this.seed = seed;
	}

	Map<String, Object> generate(List<OrgAccess> orgs, Path out) throws Exception {
		Map<String, Object> result = new LinkedHashMap<>();
		List<Slot> slots = new ArrayList<>();
		List<OrgAccess> cycling = orgs;
		int slotCount = cycling.size() * processKeys.size();
		int index = 0;
		for (OrgAccess org : cycling) {
			for (String key : processKeys) {
				int cycles = sizes.workflows / slotCount + (index < sizes.workflows % slotCount ? 1 : 0);
				if (cycles > 0) {
					slots.add(new Slot(org, key, cycles, new SplittableRandom(seed * 31 + index)));
				}
				index++;
			}
		}
		long t0 = System.nanoTime();
		AtomicInteger done = new AtomicInteger();
		runAll(slots, slot -> {
			for (int i = 0; i < slot.cycles(); i++) {
				String changeId = propose(slot);
				boolean approve = slot.random().nextDouble() < 0.85;
				Map<String, Object> decision = new LinkedHashMap<>();
				decision.put("approved", approve);
				decision.put("comment", approve ? "Agreed" : "Please justify the target level");
				api.call("POST", "/api/v1/processes/tailoring-changes/" + changeId + "/decision",
						slot.org().ceoSecret(), decision, 200);
				int n = done.incrementAndGet();
				if (n % 1000 == 0) {
					System.out.printf("  %d workflow instances completed (%.0f/s)%n", n,
							n / ((System.nanoTime() - t0) / 1e9));
				}
			}
		});
		double seconds = (System.nanoTime() - t0) / 1e9;
		result.put("workflowsCompleted", done.get());
		result.put("workflowsSeconds", Math.round(seconds * 10) / 10.0);
		result.put("workflowsPerSecond", Math.round(done.get() / Math.max(seconds, 0.001) * 10) / 10.0);

		// Open approval tasks: every process of the task organizations, up to openTasks; a few in the large one.
		List<Slot> open = new ArrayList<>();
		int remaining = sizes.openTasks;
		for (OrgAccess org : orgs) {
			int max = "LARGE".equals(org.pool()) ? 5 : "TASKS".equals(org.pool()) ? processKeys.size() : 0;
			for (int i = 0; i < max && (remaining > 0 || "LARGE".equals(org.pool())); i++) {
				open.add(new Slot(org, processKeys.get(i), 1, new SplittableRandom(seed * 17 + open.size())));
				if ("TASKS".equals(org.pool())) {
					remaining--;
				}
			}
		}
		long t1 = System.nanoTime();
		// A process whose change is already waiting has its open task (a database used before): keep that one.
		runAll(open, slot -> {
			try {
				propose(slot);
			}
			catch (ApiClient.ApiError e) {
				if (e.status != 409) {
					throw e;
				}
			}
		});
		List<String> lines = Collections.synchronizedList(new ArrayList<>());
		runAll(orgs.stream().filter(o -> "TASKS".equals(o.pool())).map(o -> new Slot(o, null, 0, null)).toList(),
				slot -> {
					JsonNode inbox = api.call("GET", "/api/v1/tasks", slot.org().ceoSecret(), null, 200);
					for (JsonNode task : inbox) {
						lines.add(slot.org().ceoSecret() + "," + task.path("id").asText());
					}
				});
		Collections.sort(lines);
		List<String> csv = new ArrayList<>();
		csv.add("token,taskId");
		csv.addAll(lines);
		Files.write(out.resolve("open-tasks.csv"), csv);
		result.put("openTasks", lines.size());
		result.put("openTasksSeconds", Math.round((System.nanoTime() - t1) / 1e8) / 10.0);
		return result;
	}

	private String propose(Slot slot) throws IOException, InterruptedException {
		SplittableRandom r = slot.random();
		List<String> owners = slot.org().ownerIds();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("applicable", true);
		body.put("targetLevel", 1 + r.nextInt(4));
		body.put("ownerId", owners.isEmpty() ? null : owners.get(r.nextInt(owners.size())));
		body.put("deputyIds", List.of());
		body.put("notes", "Generated by the benchmark data generator");
		body.put("reason", "Quarterly review");
		JsonNode change = api.call("PUT", "/api/v1/processes/" + slot.processKey() + "/tailoring",
				slot.org().managerSecret(), body, 202);
		return change.path("id").asText();
	}

	interface SlotWork {
		void run(Slot slot) throws Exception;
	}

	private void runAll(List<Slot> slots, SlotWork work) throws Exception {
		ConcurrentLinkedQueue<Slot> queue = new ConcurrentLinkedQueue<>(slots);
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, sizes.concurrency));
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < sizes.concurrency; t++) {
				futures.add(pool.submit(() -> {
					Slot slot;
					while ((slot = queue.poll()) != null) {
						work.run(slot);
					}
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}
