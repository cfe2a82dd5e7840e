package dev.ordo.bench.datagen;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How big the generated data is. {@code full} is the target size, {@code quick} a small set for a run of a
 * few minutes; any value can be overridden on the command line ({@code --audit-entries 200000}).
 */
public final class Sizes {

	/** People in the large organization (across all roles). */
	public int users;

	/** Audit-trail entries in the large organization, in total (generated history plus what the other generators record). */
	public int auditEntries;

	/** Decided tailoring changes in the large organization's history. */
	public int tailoringHistory;

	/**
	 * Of those, the newest ones decided in a tailoring approval: each a completed workflow instance, written into the
	 * engine's history tables (see {@link EngineHistoryWriter}); the older ones predate the workflow engine.
	 */
	public int engineHistory;

	/** Small organizations whose processes the owners' propose-and-approve scenario uses (17 processes each). */
	public int workflowOrgs;

	/** Approval tasks left open for the approval-throughput phase (17 per organization). */
	public int openTasks;

	/** Tailoring approvals run to the end through the API (each one a Flowable process instance). */
	public int workflows;

	/** Assets in the large organization's inventory (R1 target size in both profiles). */
	public int assets;

	/** Risks in the large organization's register (R1 target size in both profiles). */
	public int risks;

	/** Concurrent API calls while generating workflow instances. */
	public int concurrency;

	public static Sizes of(String profile) {
		Sizes s = new Sizes();
		switch (profile) {
			case "full" -> {
				s.users = 200;
				s.auditEntries = 1_000_000;
				// 50,000 workflow instances: 49,500 completed approvals in the engine's history, 500 run through the API.
				s.tailoringHistory = 55_000;
				s.engineHistory = 49_500;
				s.workflowOrgs = 20;
				s.openTasks = 12_000;
				s.workflows = 500;
				s.concurrency = 8;
				s.assets = 20_000;
				s.risks = 100_000;
			}
			case "quick" -> {
				s.users = 200;
				s.auditEntries = 100_000;
				s.tailoringHistory = 2_500;
				s.engineHistory = 2_000;
				s.workflowOrgs = 10;
				s.openTasks = 1_700;
				s.workflows = 500;
				s.concurrency = 8;
				s.assets = 20_000;
				s.risks = 100_000;
			}
			default -> throw new IllegalArgumentException("profile must be quick or full, not " + profile);
		}
		return s;
	}

	public void override(Map<String, String> args) {
		users = Integer.parseInt(args.getOrDefault("users", String.valueOf(users)));
		auditEntries = Integer.parseInt(args.getOrDefault("audit-entries", String.valueOf(auditEntries)));
		tailoringHistory = Integer.parseInt(args.getOrDefault("tailoring-history", String.valueOf(tailoringHistory)));
		engineHistory = Integer.parseInt(args.getOrDefault("engine-history", String.valueOf(engineHistory)));
		workflowOrgs = Integer.parseInt(args.getOrDefault("workflow-orgs", String.valueOf(workflowOrgs)));
		openTasks = Integer.parseInt(args.getOrDefault("open-tasks", String.valueOf(openTasks)));
		workflows = Integer.parseInt(args.getOrDefault("workflows", String.valueOf(workflows)));
		concurrency = Integer.parseInt(args.getOrDefault("concurrency", String.valueOf(concurrency)));
		assets = Integer.parseInt(args.getOrDefault("assets", String.valueOf(assets)));
		risks = Integer.parseInt(args.getOrDefault("risks", String.valueOf(risks)));
	}

	public int taskOrgs() {
		return (openTasks + 16) / 17;
	}

	public Map<String, Object> asMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("users", users);
		m.put("auditEntries", auditEntries);
		m.put("tailoringHistory", tailoringHistory);
		m.put("engineHistory", engineHistory);
		m.put("workflowOrgs", workflowOrgs);
		m.put("openTasks", openTasks);
		m.put("taskOrgs", taskOrgs());
		m.put("workflows", workflows);
		m.put("concurrency", concurrency);
		m.put("assets", assets);
		m.put("risks", risks);
		return m;
	}
}
