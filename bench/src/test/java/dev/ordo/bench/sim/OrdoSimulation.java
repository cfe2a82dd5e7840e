package dev.ordo.bench.sim;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Ordo's load scenarios. One phase per Gatling run (so each run's throughput is its own), chosen with
 * {@code -Dbench.phase}:
 *
 * <ul>
 * <li>{@code floor-health} / {@code floor-me}: HTTP floor, closed model, as fast as the app answers: the public
 * health check, and the cheapest authenticated call (bearer token look-up, principal, JSON).</li>
 * <li>{@code write}: issuing an API token (token row plus audit-trail entry in one transaction), closed model.</li>
 * <li>{@code approve}: completing open approval tasks (left by the data generator) at a fixed arrival rate.</li>
 * <li>{@code mixed}: open model, three kinds of users at once: the ISMS manager browsing, process owners proposing
 * and approving tailoring, an integration polling the API.</li>
 * <li>{@code registers} (R1): closed model, {@code bench.registerUsers} (64) people reading the risk register, the
 * asset list and the heat map of the large organization as fast as the app answers, through the API (bearer
 * token) and as pages (signed in through the form, session cookie): random filter, sort and page of 50.</li>
 * </ul>
 *
 * Input files come from the data generator's output folder ({@code -Dbench.data}).
 */
public class OrdoSimulation extends Simulation {

	static final String PHASE = System.getProperty("bench.phase", "mixed");

	static final String BASE_URL = System.getProperty("bench.baseUrl", "http://127.0.0.1:8180");

	static final Path DATA = Path.of(System.getProperty("bench.data", "results/data"));

	static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));

	static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 8);

	static final double APPROVE_RATE = Double.parseDouble(System.getProperty("bench.approveRate", "200"));

	static final double BROWSE_RATE = Double.parseDouble(System.getProperty("bench.browseRate", "2"));

	static final double OWNER_RATE = Double.parseDouble(System.getProperty("bench.ownerRate", "2"));

	static final double INTEGRATION_RATE = Double.parseDouble(System.getProperty("bench.integrationRate", "5"));

	static final int REGISTER_USERS = Integer.getInteger("bench.registerUsers", 64);

	static final String PASSWORD = System.getProperty("bench.password", "bench-admin-password");

	static final List<String> RISK_SORTS = List.of("priority", "title", "identified", "residual");

	static final List<String> ASSET_SORTS = List.of("name", "type", "protection", "updated");

	static final AtomicLong SEQ = new AtomicLong();

	static {
		if (!BASE_URL.startsWith("http://127.0.0.1") && !BASE_URL.startsWith("http://localhost")) {
			throw new IllegalArgumentException("Load goes to this machine only, not " + BASE_URL);
		}
	}

	final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		.shareConnections()
		.disableCaching()
		.userAgentHeader("ordo-bench");

	static String file(String name) {
		return DATA.resolve(name).toAbsolutePath().toString();
	}

	static ChainBuilder bearer(String name, String method, String path, String body, int expected) {
		var request = switch (method) {
			case "GET" -> http(name).get(path);
			case "POST" -> http(name).post(path);
			case "PUT" -> http(name).put(path);
			default -> throw new IllegalArgumentException(method);
		};
		request = request.header("Authorization", "Bearer #{token}").check(status().is(expected));
		if (body != null) {
			request = request.body(StringBody(body));
		}
		return io.gatling.javaapi.core.CoreDsl.exec(request);
	}

	// --- the ISMS manager of the large organization looks around -----------------------------------------------
	final ScenarioBuilder browse = scenario("ISMS manager browsing")
		.feed(csv(file("browse.csv")).circular())
		.feed(csv(file("processes.csv")).random())
		.exec(s -> s.set("until", Instant.now().minus(Duration.ofDays(ThreadLocalRandom.current().nextInt(1, 365)))
			.toString()))
		.exec(bearer("browse: task inbox", "GET", "/api/v1/tasks", null, 200))
		.pause(Duration.ofMillis(100), Duration.ofMillis(400))
		.exec(bearer("browse: process map", "GET", "/api/v1/processes/graph", null, 200))
		.exec(bearer("browse: process list", "GET", "/api/v1/processes", null, 200))
		.pause(Duration.ofMillis(100), Duration.ofMillis(400))
		.exec(bearer("browse: process", "GET", "/api/v1/processes/#{processKey}", null, 200))
		.exec(bearer("browse: tailoring changes of process", "GET", "/api/v1/processes/#{processKey}/tailoring-changes",
				null, 200))
		.pause(Duration.ofMillis(100), Duration.ofMillis(400))
		.exec(http("browse: audit trail first page").get("/api/v1/audit-trail?size=50")
			.header("Authorization", "Bearer #{token}")
			.check(status().is(200), jsonPath("$.next").optional().saveAs("trailNext")))
		.doIf(s -> s.contains("trailNext")).then(exec(bearer("browse: audit trail next page", "GET",
				"/api/v1/audit-trail?size=50&cursor=#{trailNext}", null, 200)))
		.exec(bearer("browse: audit trail at a date", "GET", "/api/v1/audit-trail?size=50&until=#{until}", null,
				200))
		.exec(bearer("browse: members", "GET", "/api/v1/members", null, 200));

	// --- process owners' tailoring: the ISMS manager proposes, top management approves ------------------------
	final ScenarioBuilder owners = scenario("Tailoring proposed and approved")
		.feed(csv(file("workflow-slots.csv")).circular())
		.exec(s -> s.set("token", s.getString("managerToken"))
			.set("level", ThreadLocalRandom.current().nextInt(1, 5)))
		.exec(http("owners: propose tailoring").put("/api/v1/processes/#{processKey}/tailoring")
			.header("Authorization", "Bearer #{managerToken}")
			.body(StringBody("{\"applicable\":true,\"targetLevel\":#{level},\"ownerId\":null,\"deputyIds\":[],"
					+ "\"notes\":\"bench\",\"reason\":\"load test\"}"))
			.check(status().is(202), jsonPath("$.id").saveAs("changeId")))
		.pause(Duration.ofMillis(100), Duration.ofMillis(300))
		.exec(http("owners: approver's inbox").get("/api/v1/tasks")
			.header("Authorization", "Bearer #{ceoToken}")
			.check(status().is(200), jsonPath("$[?(@.businessKey == '#{changeId}')].id").saveAs("taskId")))
		.exec(http("owners: approve").post("/api/v1/tasks/#{taskId}/complete")
			.header("Authorization", "Bearer #{ceoToken}")
			.body(StringBody("{\"approved\":true,\"comment\":\"ok\"}"))
			.check(status().is(204)));

	// --- an integration (SIEM / GRC connector) polling the API --------------------------------------------------
	final ScenarioBuilder integration = scenario("Integration")
		.feed(csv(file("integration.csv")).circular())
		.exec(s -> s.set("n", SEQ.incrementAndGet()))
		.exec(bearer("integration: me", "GET", "/api/v1/me", null, 200))
		.exec(bearer("integration: audit trail", "GET", "/api/v1/audit-trail?size=100", null, 200))
		.exec(bearer("integration: processes", "GET", "/api/v1/processes", null, 200))
		.exec(bearer("integration: issue token", "POST", "/api/v1/tokens",
				"{\"name\":\"integration #{n}\",\"validDays\":1}", 201));

	// --- R1: the risk register, the asset list and the heat map of 100,000 risks and 20,000 assets ----------------
	/** A random filter, sort and page (mostly the first pages, sometimes deep) for the register and the asset list. */
	/**
	 * What people type into the register's search box: words and beginnings of words of the generated titles, and
	 * numbers. (Random two-letter strings, used before, match no trigram, so PostgreSQL reads every risk for them —
	 * 40–50 ms of database CPU at 200,000 risks; docs/performance.md notes it.)
	 */
	static final List<String> SEARCH_TERMS = List.of("payroll", "custom", "backup", "firewall", "malware", "phish",
			"laptop", "supplier", "disruption", "ware", "ledger", "power", "4711", "2026", "datacenter", "intrusion");

	static java.util.function.Function<io.gatling.javaapi.core.Session, io.gatling.javaapi.core.Session> registerQuery() {
		return s -> {
			ThreadLocalRandom r = ThreadLocalRandom.current();
			int page = r.nextInt(10) == 0 ? r.nextInt(20, 400) : r.nextInt(0, 5);
			String riskFilter = switch (r.nextInt(4)) {
				case 0 -> "&kind=" + (r.nextBoolean() ? "ASSET_BASED" : "EVENT_BASED");
				case 1 -> "&minLevel=" + r.nextInt(2, 5);
				case 2 -> "&q=" + SEARCH_TERMS.get(r.nextInt(SEARCH_TERMS.size()));
				default -> "";
			};
			String assetFilter = switch (r.nextInt(3)) {
				case 0 -> "&type=" + List.of("INFORMATION", "SOFTWARE", "HARDWARE", "SERVICE").get(r.nextInt(4));
				case 1 -> "&minProtection=" + r.nextInt(2, 5);
				default -> "";
			};
			return s.set("riskQuery", "sort=" + RISK_SORTS.get(r.nextInt(RISK_SORTS.size())) + riskFilter + "&page="
					+ page + "&size=50")
				.set("assetQuery", "sort=" + ASSET_SORTS.get(r.nextInt(ASSET_SORTS.size())) + assetFilter + "&page="
						+ (page % 100) + "&size=50");
		};
	}

	/** Sign-ins are spread over this ramp; the register reads start {@link #SETTLE} after it. */
	static final Duration SIGN_IN_RAMP = Duration.ofSeconds(5);

	static final Duration SETTLE = Duration.ofSeconds(5);

	static final long READS_START = System.currentTimeMillis() + SIGN_IN_RAMP.plus(SETTLE).toMillis();

	final ScenarioBuilder registers = scenario("R1 registers")
		.feed(csv(file("browse.csv")).circular())
		.exec(http("registers: sign-in page").get("/login").header("Accept", "text/html")
			.check(status().is(200), io.gatling.javaapi.core.CoreDsl.css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("registers: sign in").post("/login").header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.formParam("username", "#{username}").formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
			.check(status().is(200), io.gatling.javaapi.core.CoreDsl.substring("Sign out").exists()))
		// Everyone reads from the same instant, after all have signed in: the reads are measured in steady state,
		// not beside 64 bcrypt checks (a fifth of the phase's CPU when they overlapped).
		.pause(s -> Duration.ofMillis(Math.max(0, READS_START - System.currentTimeMillis())))
		.during(DURATION).on(exec(registerQuery())
			.randomSwitch().on(
					io.gatling.javaapi.core.CoreDsl.percent(35).then(bearer("registers: risk register (API)", "GET",
							"/api/v1/risks?#{riskQuery}", null, 200)),
					io.gatling.javaapi.core.CoreDsl.percent(25).then(bearer("registers: asset list (API)", "GET",
							"/api/v1/assets?#{assetQuery}", null, 200)),
					io.gatling.javaapi.core.CoreDsl.percent(10).then(bearer("registers: heat map (API)", "GET",
							"/api/v1/risks/heatmap", null, 200)),
					io.gatling.javaapi.core.CoreDsl.percent(15).then(exec(http("registers: risk register (page)")
						.get("/risks?#{riskQuery}").header("Accept", "text/html").check(status().is(200)))),
					io.gatling.javaapi.core.CoreDsl.percent(15).then(exec(http("registers: asset list (page)")
						.get("/assets?#{assetQuery}").header("Accept", "text/html").check(status().is(200))))));

	// --- floors and single operations ---------------------------------------------------------------------------
	final ScenarioBuilder health = scenario("HTTP floor: health")
		.exec(http("floor: GET /actuator/health").get("/actuator/health").check(status().is(200)));

	final ScenarioBuilder me = scenario("HTTP floor: me")
		.feed(csv(file("integration.csv")).circular())
		.exec(bearer("floor: GET /api/v1/me", "GET", "/api/v1/me", null, 200));

	final ScenarioBuilder write = scenario("Write: issue API token")
		.feed(csv(file("integration.csv")).circular())
		.exec(s -> s.set("n", SEQ.incrementAndGet()))
		.exec(bearer("write: POST /api/v1/tokens", "POST", "/api/v1/tokens",
				"{\"name\":\"bench write #{n}\",\"validDays\":1}", 201));

	final ScenarioBuilder approve = scenario("Approval tasks completed")
		.feed(csv(file("open-tasks.csv")).queue())
		.exec(bearer("approve: POST /api/v1/tasks/{id}/complete", "POST", "/api/v1/tasks/#{taskId}/complete",
				"{\"approved\":true,\"comment\":\"ok\"}", 204));

	{
		List<PopulationBuilder> populations = switch (PHASE) {
			case "floor-health" -> List.of(health.injectClosed(constantConcurrentUsers(CONCURRENCY).during(DURATION)));
			case "floor-me" -> List.of(me.injectClosed(constantConcurrentUsers(CONCURRENCY).during(DURATION)));
			case "write" -> List.of(write.injectClosed(constantConcurrentUsers(CONCURRENCY).during(DURATION)));
			case "approve" -> List.of(approve.injectOpen(constantUsersPerSec(APPROVE_RATE).during(DURATION)));
			// People sign in over five seconds, not all in the same instant (sign-in checks a bcrypt hash).
			case "registers" -> List.of(registers.injectOpen(
					io.gatling.javaapi.core.CoreDsl.rampUsers(REGISTER_USERS).during(SIGN_IN_RAMP)));
			case "mixed" -> List.of(
					browse.injectOpen(constantUsersPerSec(BROWSE_RATE).during(DURATION).randomized()),
					owners.injectOpen(constantUsersPerSec(OWNER_RATE).during(DURATION).randomized()),
					integration.injectOpen(constantUsersPerSec(INTEGRATION_RATE).during(DURATION).randomized()));
			default -> throw new IllegalArgumentException("Unknown bench.phase " + PHASE);
		};
		setUp(populations).protocols(protocol).maxDuration(DURATION.plusSeconds(60));
	}
}
