package dev.ordo.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.ordo.frameworks.OscalSamples;
import dev.ordo.frameworks.application.CatalogImportService;
import dev.ordo.frameworks.application.CatalogImportService.Upload;
import dev.ordo.frameworks.application.MappingService;
import dev.ordo.identity.Role;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;

class ImplementationApiTest extends IntegrationTest {

	TestOrg org;

	Api manager;

	Api viewer;

	@BeforeEach
	void setUp() {
		org = fixtures().organization("Impl API");
		manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		viewer = new Api(mvc, fixtures().token(org.user(Role.VIEWER)));
	}

	Map<String, Object> control(String catalog, String controlId, String status) {
		Map<String, Object> body = new HashMap<>();
		body.put("catalog", catalog);
		body.put("controlId", controlId);
		body.put("status", status);
		body.put("ownerId", org.user(Role.PROCESS_OWNER).id().toString());
		return body;
	}

	String create(Map<String, Object> body) throws Exception {
		return Api.json(manager.post("/api/v1/applied-controls", body).andExpect(status().isCreated()))
			.get("id")
			.asString();
	}

	@Test
	void appliedControlsAreCreatedReadChangedAndListed() throws Exception {
		var body = control("iso27001-2022", "A.5.1", "PLANNED");
		body.put("dueDate", LocalDate.now().plusDays(30).toString());
		String id = create(body);
		manager.get("/api/v1/applied-controls/" + id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.catalogId").value("iso27001-2022"))
			.andExpect(jsonPath("$.controlLabel").value("A.5.1"))
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.owner.displayName").value("Impl API Process owner"))
			.andExpect(jsonPath("$.overdue").value(false));
		// One applied control per catalog control.
		manager.post("/api/v1/applied-controls", control("iso27001-2022", "A.5.1", "PLANNED"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString(
					"Control A.5.1 is already applied in this organization: change applied control " + id)));
		var changed = control("iso27001-2022", "A.5.1", "IMPLEMENTED");
		changed.put("notes", "Policy approved");
		manager.put("/api/v1/applied-controls/" + id, changed)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IMPLEMENTED"))
			.andExpect(jsonPath("$.implementedOn").value(LocalDate.now().toString()))
			.andExpect(jsonPath("$.notes").value("Policy approved"));
		create(control("iso27001-2022", "A.8.1", "IN_PROGRESS"));
		viewer.get("/api/v1/applied-controls?status=IMPLEMENTED")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id));
		viewer.get("/api/v1/applied-controls?q=a.8&sort=status&catalog=iso27001-2022")
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].controlLabel").value("A.8.1"));
		viewer.get("/api/v1/applied-controls?ownerId=" + org.user(Role.PROCESS_OWNER).id() + "&sort=due")
			.andExpect(jsonPath("$.totalItems").value(2));
		// Viewers read, editors write.
		viewer.post("/api/v1/applied-controls", control("iso27001-2022", "A.5.2", "PLANNED"))
			.andExpect(status().isForbidden());
		viewer.put("/api/v1/applied-controls/" + id, changed).andExpect(status().isForbidden());
		manager.get("/api/v1/applied-controls/" + UUID.randomUUID()).andExpect(status().isNotFound());
		manager.put("/api/v1/applied-controls/" + UUID.randomUUID(), changed).andExpect(status().isNotFound());
		manager.get("/api/v1/applied-controls/not-a-uuid").andExpect(status().isNotFound());
	}

	@Test
	void invalidRequestsAnswerFieldErrors() throws Exception {
		viewer.get("/api/v1/applied-controls?sort=owner&page=-2").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"))
			.andExpect(jsonPath("$.errors[1].field").value("sort"))
			.andExpect(jsonPath("$.errors[1].message").value("must be one of control, due, status, updated, verified"));
		JsonNode problem = Api.json(manager.post("/api/v1/applied-controls", Map.of("catalog", "no-such-catalog",
				"controlId", "x", "status", "NOT_APPLICABLE", "ownerId", UUID.randomUUID().toString()))
			.andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("catalog",
				"justification", "ownerId");
		problem = Api.json(manager.post("/api/v1/applied-controls",
				Map.of("catalog", "iso27001-2022", "controlId", "A.99.9"))
			.andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("controlId",
				"status");
		var na = control("iso27001-2022", "A.7.1", "NOT_APPLICABLE");
		na.put("justification", "No premises of our own");
		String id = create(na);
		manager.get("/api/v1/applied-controls/" + id)
			.andExpect(jsonPath("$.justification").value("No premises of our own"));
		problem = Api.json(manager.post("/api/v1/applied-controls/" + id + "/evidence",
				Map.of("url", "javascript:alert(1)"))
			.andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("url");
		problem = Api.json(manager.post("/api/v1/applied-controls/" + id + "/verifications",
				Map.of("verifiedOn", LocalDate.now().plusDays(2).toString()))
			.andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("result",
				"verifiedOn");
		manager.post("/api/v1/applied-controls/" + UUID.randomUUID() + "/evidence",
				Map.of("url", "https://wiki.example/x"))
			.andExpect(status().isNotFound());
	}

	@Test
	void verifiedIsReachedByAnEffectiveVerificationNeverClaimed() throws Exception {
		JsonNode problem = Api.json(manager.post("/api/v1/applied-controls",
				control("iso27001-2022", "A.8.15", "VERIFIED")).andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("status");
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("effective verification");
		String id = create(control("iso27001-2022", "A.8.15", "IMPLEMENTED"));
		manager.put("/api/v1/applied-controls/" + id, control("iso27001-2022", "A.8.15", "VERIFIED"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		manager.post("/api/v1/applied-controls/" + id + "/verifications", Map.of("result", "EFFECTIVE"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("VERIFIED"));
		// Once verified, an edit of other fields keeps the status.
		var edited = control("iso27001-2022", "A.8.15", "VERIFIED");
		edited.put("notes", "Log retention 400 days");
		manager.put("/api/v1/applied-controls/" + id, edited).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"));
	}

	@Test
	void evidenceAndVerificationsAreKeptAndOverdueControlsAreFlagged() throws Exception {
		String id = create(control("iso27001-2022", "A.8.7", "IMPLEMENTED"));
		manager.post("/api/v1/applied-controls/" + id + "/evidence",
				Map.of("url", "https://wiki.example/av", "description", "Malware policy"))
			.andExpect(status().isCreated());
		manager.post("/api/v1/applied-controls/" + id + "/evidence", Map.of("url", "https://edr.example/report"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.evidence.length()").value(2))
			.andExpect(jsonPath("$.evidence[0].description").value("Malware policy"));
		// A verification 400 days ago: effective, but older than the interval (365 days), so overdue.
		LocalDate old = LocalDate.now().minusDays(400);
		manager.post("/api/v1/applied-controls/" + id + "/verifications",
				Map.of("verifiedOn", old.toString(), "result", "EFFECTIVE", "notes", "Sample of 20 endpoints"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("VERIFIED"))
			.andExpect(jsonPath("$.lastVerifiedOn").value(old.toString()))
			.andExpect(jsonPath("$.lastVerifiedBy.displayName").value("Impl API ISMS manager"))
			.andExpect(jsonPath("$.overdue").value(true));
		var late = control("iso27001-2022", "A.8.8", "IN_PROGRESS");
		late.put("dueDate", LocalDate.now().minusDays(1).toString());
		String lateId = create(late);
		String fine = create(control("iso27001-2022", "A.8.9", "PLANNED"));
		JsonNode overdue = Api.json(viewer.get("/api/v1/applied-controls?overdue=true&sort=control"));
		assertThat(overdue.get("items").findValuesAsString("id")).containsExactly(id, lateId);
		assertThat(overdue.get("items").get(0).get("overdueReason").asString()).contains("last verified");
		JsonNode notOverdue = Api.json(viewer.get("/api/v1/applied-controls?overdue=false"));
		assertThat(notOverdue.get("items").findValuesAsString("id")).containsExactly(fine);
		// A new verification today settles it and goes to the top of the history.
		manager.post("/api/v1/applied-controls/" + id + "/verifications", Map.of("result", "EFFECTIVE"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.overdue").value(false))
			.andExpect(jsonPath("$.verifications.length()").value(2))
			.andExpect(jsonPath("$.verifications[0].verifiedOn").value(LocalDate.now().toString()));
		manager.post("/api/v1/applied-controls/" + id + "/verifications",
				Map.of("result", "NOT_EFFECTIVE", "notes", "EDR disabled on 3 laptops"))
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		viewer.get("/api/v1/applied-controls/" + id + "/verifications")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3));
		viewer.post("/api/v1/applied-controls/" + id + "/verifications", Map.of("result", "EFFECTIVE"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aControlOfAnotherCatalogCoversTheAnnexAControlsItIsMappedTo() throws Exception {
		byte[] catalog = OscalSamples.jsonCatalog("Coverage catalog", "cov-probe").getBytes(StandardCharsets.UTF_8);
		fixtures().as(org.user(Role.ISMS_MANAGER), () -> {
			var started = context.getBean(CatalogImportService.class)
				.start(new Upload("cov.json", catalog.length, () -> new java.io.ByteArrayInputStream(catalog)), null,
						"sp-cov");
			try {
				started.await(60);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			context.getBean(MappingService.class)
				.importNistToIso("sp-cov", "AC-1,Policy,\"5.2, A.5.1.1\"\n", "cov.csv");
		});
		create(control("sp-cov", "ac-1", "IMPLEMENTED"));
		String direct = create(control("iso27001-2022", "A.8.1", "PLANNED"));
		JsonNode coverage = Api.json(viewer.get("/api/v1/applied-controls/coverage?catalog=iso27001-2022")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.catalogId").value("iso27001-2022"))
			.andExpect(jsonPath("$.controls.length()").value(93)));
		JsonNode a51 = entry(coverage, "A.5.1");
		assertThat(a51.get("satisfaction").asString()).isEqualTo("MAPPED");
		assertThat(a51.get("status").asString()).isEqualTo("IMPLEMENTED");
		assertThat(a51.get("satisfiedBy").get(0).get("controlId").asString()).isEqualTo("ac-1");
		JsonNode a81 = entry(coverage, "A.8.1");
		assertThat(a81.get("satisfaction").asString()).isEqualTo("DIRECT");
		assertThat(a81.get("satisfiedBy").get(0).get("appliedControlId").asString()).isEqualTo(direct);
		assertThat(entry(coverage, "A.5.2").get("satisfaction").asString()).isEqualTo("NONE");
		assertThat(coverage.get("counts").get("IMPLEMENTED").asLong()).isEqualTo(1);
		assertThat(coverage.get("counts").get("NONE").asLong()).isEqualTo(91);
		viewer.get("/api/v1/applied-controls/coverage?catalog=nope").andExpect(status().isNotFound());
	}

	private static JsonNode entry(JsonNode coverage, String controlId) {
		for (JsonNode c : coverage.get("controls")) {
			if (c.get("controlId").asString().equals(controlId)) {
				return c;
			}
		}
		throw new AssertionError(controlId);
	}
}
