package dev.ordo.risktreatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

import dev.ordo.frameworks.OscalSamples;
import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;

/**
 * The Statement of Applicability over the API: derived from a risk treatment and an applied control (not from a
 * closed risk), explicit decisions with field errors, inconsistencies, the scope of the ISMS frozen into each version,
 * submission refused while a control is undecided or the scope is not stated, four-eyes approval, rejection with
 * comment, versions with their lineage, exports parsed back.
 */
class SoaApiTest extends IntegrationTest {

	TestOrg org;

	Api manager;

	Api top;

	Api viewer;

	Api auditor;

	String riskId;

	@BeforeEach
	void setUp() throws Exception {
		org = fixtures().organization("SoA API");
		manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		top = new Api(mvc, fixtures().token(org.user(Role.TOP_MANAGEMENT)));
		viewer = new Api(mvc, fixtures().token(org.user(Role.VIEWER)));
		auditor = new Api(mvc, fixtures().token(org.user(Role.AUDITOR)));
		riskId = identify("Malware on laptops", "Malware spreads from a laptop");
		manager.put("/api/v1/risks/" + riskId + "/treatment", Map.of("option", "MODIFY", "rationale", "Protect",
				"controls", List.of(Map.of("catalog", "iso27001-2022", "controlId", "A.8.7"))))
			.andExpect(status().isOk());
		Map<String, Object> applied = new HashMap<>();
		applied.put("catalog", "iso27001-2022");
		applied.put("controlId", "A.5.15");
		applied.put("status", "IMPLEMENTED");
		applied.put("ownerId", org.user(Role.PROCESS_OWNER).id().toString());
		String appliedId = Api.json(manager.post("/api/v1/applied-controls", applied)
			.andExpect(status().isCreated())).get("id").asString();
		manager.post("/api/v1/applied-controls/" + appliedId + "/evidence",
				Map.of("url", "https://wiki.example/access-policy", "description", "Access policy"))
			.andExpect(status().isCreated());
		SoaDecisions.stateScope(manager);
	}

	/** A risk of the organization owned by its process owner, identified by the ISMS manager; its id. */
	private String identify(String title, String scenario) throws Exception {
		Map<String, Object> risk = new HashMap<>();
		risk.put("title", title);
		risk.put("kind", "EVENT_BASED");
		risk.put("scenario", scenario);
		risk.put("ownerId", org.user(Role.PROCESS_OWNER).id().toString());
		return Api.json(manager.post("/api/v1/risks", risk).andExpect(status().isCreated())).get("id").asString();
	}

	static JsonNode row(JsonNode soa, String controlId) {
		for (JsonNode row : soa.get("controls")) {
			if (row.get("controlId").asString().equals(controlId)) {
				return row;
			}
		}
		throw new AssertionError(controlId + " not in the SoA");
	}

	@Test
	void theDraftFollowsFromTreatmentsAppliedControlsAndDecisions() throws Exception {
		JsonNode draft = Api.json(viewer.get("/api/v1/soa/draft").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.catalogId").value("iso27001-2022"))
			.andExpect(jsonPath("$.controls.length()").value(93)));
		JsonNode malware = row(draft, "A.8.7");
		assertThat(malware.get("applicable").asBoolean()).isTrue();
		assertThat(malware.get("bases").toString()).contains("RISK_TREATMENT");
		assertThat(malware.get("risks").get(0).get("riskId").asString()).isEqualTo(riskId);
		assertThat(malware.get("justification").asString()).contains("Malware on laptops");
		JsonNode access = row(draft, "A.5.15");
		assertThat(access.get("applicable").asBoolean()).isTrue();
		assertThat(access.get("implementationStatus").asString()).isEqualTo("IMPLEMENTED");
		assertThat(access.get("evidence").get(0).get("url").asString()).isEqualTo("https://wiki.example/access-policy");
		assertThat(row(draft, "A.7.4").path("applicable").isBoolean()).isFalse();
		assertThat(draft.get("counts").get("applicable").asInt()).isEqualTo(2);
		assertThat(draft.get("counts").get("undecided").asInt()).isEqualTo(91);

		// Excluding needs a justification; so does including a control nothing calls for.
		JsonNode problem = Api.json(manager.put("/api/v1/soa/controls/A.7.4/applicability",
				Map.of("applicable", false)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:ordo:problem:validation")));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("justification");
		problem = Api.json(manager.put("/api/v1/soa/controls/A.7.4/applicability", Map.of("applicable", true))
			.andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("justification");
		problem = Api.json(manager.put("/api/v1/soa/controls/A.7.4/applicability", Map.of("justification", "x"))
			.andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("applicable");
		manager.put("/api/v1/soa/controls/A.8.7/applicability", Map.of("applicable", true))
			.andExpect(status().isOk()).andExpect(jsonPath("$.decision.decidedBy.userId")
				.value(org.user(Role.ISMS_MANAGER).id().toString()));
		manager.put("/api/v1/soa/controls/A.7.4/applicability",
				Map.of("applicable", false, "justification", "No physical premises: all staff work remotely"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.applicable").value(false))
			.andExpect(jsonPath("$.justification").value("No physical premises: all staff work remotely"));
		manager.put("/api/v1/soa/controls/A.99.1/applicability", Map.of("applicable", true, "justification", "x"))
			.andExpect(status().isNotFound());
		viewer.put("/api/v1/soa/controls/A.7.4/applicability", Map.of("applicable", true, "justification", "x"))
			.andExpect(status().isForbidden());

		// Excluding a control that treats a risk is flagged, not refused.
		manager.put("/api/v1/soa/controls/A.8.7/applicability",
				Map.of("applicable", false, "justification", "Antivirus is not used")).andExpect(status().isOk())
			.andExpect(jsonPath("$.inconsistencies[0]").value(containsString("Malware on laptops")));
		auditor.get("/api/v1/soa/draft").andExpect(status().isOk()).andExpect(jsonPath("$.counts.inconsistent").value(1));
	}

	@Test
	void severalControlsAreDecidedAtOnceAllOrNothing() throws Exception {
		List<String> development = List.of("A.8.25", "A.8.26", "A.8.27", "A.8.28", "A.8.29", "A.8.30", "A.8.31");
		String why = "No software is developed in house or commissioned";

		// Every error in one problem; nothing is recorded.
		JsonNode problem = Api.json(manager.post("/api/v1/soa/applicability",
				Map.of("controlIds", List.of("A.8.25", "A.99.1", "A.99.2"), "applicable", false))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:ordo:problem:validation")));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("controlIds",
				"justification");
		assertThat(problem.toString()).contains("A.99.1, A.99.2");
		problem = Api.json(manager.post("/api/v1/soa/applicability", Map.of("controlIds", List.of(), "justification", why))
			.andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("controlIds",
				"applicable");
		// Including needs a justification only for the controls nothing calls for: A.8.7 treats a risk, A.7.4 not.
		problem = Api.json(manager.post("/api/v1/soa/applicability",
				Map.of("controlIds", List.of("A.8.7", "A.7.4"), "applicable", true)).andExpect(status().isBadRequest()));
		assertThat(problem.toString()).contains("A.7.4").doesNotContain("A.8.7");
		viewer.post("/api/v1/soa/applicability", Map.of("controlIds", development, "applicable", false,
				"justification", why)).andExpect(status().isForbidden());
		JsonNode draft = Api.json(viewer.get("/api/v1/soa/draft").andExpect(status().isOk()));
		assertThat(draft.get("counts").get("undecided").asInt()).isEqualTo(91);
		assertThat(row(draft, "A.8.25").path("decision").isObject()).isFalse();

		// Repeated ids count once; the rows come back in the order asked, each with the decision.
		List<String> asked = new java.util.ArrayList<>(development);
		asked.add(" A.8.25 ");
		JsonNode decided = Api.json(manager.post("/api/v1/soa/applicability",
				Map.of("controlIds", asked, "applicable", false, "justification", why)).andExpect(status().isOk()));
		assertThat(decided.findValuesAsString("controlId")).containsExactlyElementsOf(development);
		for (JsonNode row : decided) {
			assertThat(row.get("applicable").asBoolean()).isFalse();
			assertThat(row.get("justification").asString()).isEqualTo(why);
			assertThat(row.get("decision").get("decidedBy").get("userId").asString())
				.isEqualTo(org.user(Role.ISMS_MANAGER).id().toString());
		}
		draft = Api.json(auditor.get("/api/v1/soa/draft").andExpect(status().isOk()));
		assertThat(draft.get("counts").get("undecided").asInt()).isEqualTo(84);
		assertThat(draft.get("counts").get("notApplicable").asInt()).isEqualTo(7);

		// A second decision over them replaces the first, and each control's decision is in the audit trail.
		manager.post("/api/v1/soa/applicability", Map.of("controlIds", List.of("A.8.25", "A.8.7"), "applicable", true,
				"justification", "Secure development of the customer portal")).andExpect(status().isOk());
		draft = Api.json(auditor.get("/api/v1/soa/draft").andExpect(status().isOk()));
		assertThat(row(draft, "A.8.25").get("applicable").asBoolean()).isTrue();
		assertThat(row(draft, "A.8.26").get("applicable").asBoolean()).isFalse();
		assertThat(draft.get("counts").get("notApplicable").asInt()).isEqualTo(6);
		JsonNode trail = Api.json(auditor.get("/api/v1/audit-trail?size=100").andExpect(status().isOk()));
		assertThat(trail.toString()).contains("A.8.31");
	}

	@Test
	void aVersionIsFrozenApprovedByTopManagementAndBecomesCurrent() throws Exception {
		viewer.get("/api/v1/soa").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("POST /api/v1/soa/versions")));
		viewer.post("/api/v1/soa/versions", null).andExpect(status().isForbidden());
		// Every control needs a determination first (6.1.3 d): 91 of 93 are undecided.
		manager.post("/api/v1/soa/versions", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("91 controls are undecided (A.5.1, A.5.2, A.5.3, "
					+ "A.5.4, A.5.5, …)")));
		manager.put("/api/v1/soa/controls/A.7.4/applicability",
				Map.of("applicable", false, "justification", "No premises")).andExpect(status().isOk());
		assertThat(SoaDecisions.excludeUndecided(manager)).isEqualTo(90);
		viewer.get("/api/v1/soa/versions").andExpect(jsonPath("$.length()").value(0));
		JsonNode v1 = Api.json(manager.post("/api/v1/soa/versions", null).andExpect(status().isAccepted())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.number").value(1)).andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.approvalTaskId").isNotEmpty()));
		String v1Id = v1.get("id").asString();
		manager.post("/api/v1/soa/versions", null).andExpect(status().isConflict());
		// Frozen: a later decision does not change the submitted version.
		manager.put("/api/v1/soa/controls/A.7.4/applicability",
				Map.of("applicable", true, "justification", "A branch office opened")).andExpect(status().isOk());
		assertThat(row(Api.json(viewer.get("/api/v1/soa/versions/1").andExpect(status().isOk())), "A.7.4")
			.get("applicable").asBoolean()).isFalse();

		// Rejection needs a comment; the ISMS manager cannot decide.
		JsonNode problem = Api.json(top.post("/api/v1/soa/versions/" + v1Id + "/decision",
				Map.of("approved", false)).andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("comment");
		manager.post("/api/v1/soa/versions/" + v1Id + "/decision", Map.of("approved", true))
			.andExpect(status().isForbidden());
		top.post("/api/v1/soa/versions/" + v1Id + "/decision",
				Map.of("approved", false, "comment", "Justify A.7.4 first")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.decisionComment").value("Justify A.7.4 first"));
		viewer.get("/api/v1/soa").andExpect(status().isNotFound());

		String v2Id = Api.json(manager.post("/api/v1/soa/versions", null).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.number").value(2))).get("id").asString();
		top.post("/api/v1/soa/versions/" + v2Id + "/decision", Map.of("approved", true, "comment", "ok"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		JsonNode current = Api.json(viewer.get("/api/v1/soa").andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(2)).andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy.userId").value(org.user(Role.TOP_MANAGEMENT).id().toString()))
			.andExpect(jsonPath("$.createdBy.userId").value(org.user(Role.ISMS_MANAGER).id().toString()))
			.andExpect(jsonPath("$.approvalInstanceId").isNotEmpty()));
		assertThat(row(current, "A.7.4").get("applicable").asBoolean()).isTrue();
		assertThat(current.get("counts").get("undecided").asInt()).isZero();
		JsonNode versions = Api.json(auditor.get("/api/v1/soa/versions").andExpect(status().isOk()));
		assertThat(versions.findValuesAsString("status")).containsExactly("APPROVED", "REJECTED");
		assertThat(versions.get(0).get("approvalInstanceId").asString())
			.isEqualTo(current.get("approvalInstanceId").asString());
		viewer.get("/api/v1/soa/versions/" + v1Id).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		viewer.get("/api/v1/soa/versions/99").andExpect(status().isNotFound());
		top.post("/api/v1/soa/versions/" + v2Id + "/decision", Map.of("approved", true))
			.andExpect(status().isConflict());
	}

	/** The approval record keeps the names and roles people had when they acted, even after they left. */
	@Test
	void submitterAndApproverAreFrozenWithTheVersionWhenTheyLeave() throws Exception {
		SoaDecisions.excludeUndecided(manager);
		String id = Api.json(manager.post("/api/v1/soa/versions", null).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.createdBy.role").value("ISMS_MANAGER"))
			.andExpect(jsonPath("$.createdBy.roleLabel").value("ISMS manager"))).get("id").asString();
		top.post("/api/v1/soa/versions/" + id + "/decision", Map.of("approved", true)).andExpect(status().isOk())
			.andExpect(jsonPath("$.decidedBy.role").value("TOP_MANAGEMENT"));
		Api lead = new Api(mvc, fixtures().token(org.lead()));
		lead.call(HttpMethod.DELETE,
				"/api/v1/members/" + org.user(Role.TOP_MANAGEMENT).id(), null).andExpect(status().isNoContent());

		viewer.get("/api/v1/soa").andExpect(status().isOk())
			.andExpect(jsonPath("$.decidedBy.userId").value(org.user(Role.TOP_MANAGEMENT).id().toString()))
			.andExpect(jsonPath("$.decidedBy.displayName").value(org.user(Role.TOP_MANAGEMENT).displayName()))
			.andExpect(jsonPath("$.decidedBy.roleLabel").value("Top management"))
			.andExpect(jsonPath("$.createdBy.displayName").value(org.user(Role.ISMS_MANAGER).displayName()));
		viewer.get("/api/v1/soa/versions").andExpect(status().isOk())
			.andExpect(jsonPath("$[0].decidedBy.displayName").value(org.user(Role.TOP_MANAGEMENT).displayName()));
		var xlsx = viewer.get("/api/v1/soa/export?format=xlsx").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Map<String, String> facts = new HashMap<>();
			book.getSheet("Version").forEach(r -> facts.put(r.getCell(0).getStringCellValue(),
					r.getCell(1).getStringCellValue()));
			assertThat(facts).containsEntry("Approved by", org.user(Role.TOP_MANAGEMENT).displayName())
				.containsEntry("Approver's role", "Top management").containsEntry("Submitter's role", "ISMS manager");
			// The fingerprint is that of the version's stored rows, and the same on every read.
			String stored = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
				.queryForObject("select content from soa_version where id = ?", String.class, UUID.fromString(id));
			String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(stored.getBytes(StandardCharsets.UTF_8)));
			assertThat(facts).containsEntry("Content fingerprint (SHA-256)", sha);
			viewer.get("/api/v1/soa/versions/" + id).andExpect(jsonPath("$.contentSha256").value(sha));
			var pdf = viewer.get("/api/v1/soa/export?format=pdf").andReturn().getResponse().getContentAsByteArray();
			try (PDDocument doc = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
					.contains("Approved" + org.user(Role.TOP_MANAGEMENT).displayName().replaceAll("\\s+", "")
							+ "(Topmanagement)", sha);
			}
		}
		String page = mvc.perform(MockMvcRequestBuilders.get("/soa/versions/" + id)
			.with(authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.VIEWER))))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(org.user(Role.TOP_MANAGEMENT).displayName() + " (Top management)")
			.doesNotContain("former member");
	}

	@Test
	void theSubmitterCannotApproveEvenWithBothRoles() throws Exception {
		Api chair = new Api(mvc, fixtures().token(org.chair()));
		SoaDecisions.excludeUndecided(chair);
		String id = Api.json(chair.post("/api/v1/soa/versions", null).andExpect(status().isAccepted())).get("id")
			.asString();
		chair.post("/api/v1/soa/versions/" + id + "/decision", Map.of("approved", true)).andExpect(status().isForbidden());
		top.post("/api/v1/soa/versions/" + id + "/decision", Map.of("approved", true)).andExpect(status().isOk());
	}

	@Test
	void exportsCarryTheRowsAndTheVersion() throws Exception {
		var pdf = viewer.get("/api/v1/soa/export?draft=true&format=pdf").andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("soa-iso27001-2022-draft.pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Statement of Applicability", org.name(), "A.5.1", "A.8.7", "A.8.34",
					"Malware on laptops", "DRAFT", "Access policy").contains("Page 1 of " + doc.getNumberOfPages());
			assertThat(doc.getNumberOfPages()).isGreaterThan(2);
		}
		viewer.get("/api/v1/soa/export?format=pdf").andExpect(status().isNotFound());
		viewer.get("/api/v1/soa/export?draft=true&format=doc").andExpect(status().isBadRequest());

		SoaDecisions.excludeUndecided(manager);
		String id = Api.json(manager.post("/api/v1/soa/versions", null)).get("id").asString();
		top.post("/api/v1/soa/versions/" + id + "/decision", Map.of("approved", true)).andExpect(status().isOk());
		var xlsx = viewer.get("/api/v1/soa/versions/1/export?format=xlsx").andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Control");
			assertThat(sheet.getLastRowNum()).isEqualTo(93);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M94");
			Row malware = null;
			for (Row r : sheet) {
				if (r.getCell(1).getStringCellValue().equals("A.8.7")) {
					malware = r;
				}
			}
			assertThat(malware).isNotNull();
			assertThat(malware.getCell(3).getStringCellValue()).isEqualTo("Yes");
			assertThat(malware.getCell(5).getStringCellValue())
				.isEqualTo("Malware on laptops, treatment not approved yet");
			Sheet meta = book.getSheet("Version");
			Map<String, String> facts = new HashMap<>();
			meta.forEach(r -> facts.put(r.getCell(0).getStringCellValue(), r.getCell(1).getStringCellValue()));
			assertThat(facts).containsEntry("Version", "1").containsEntry("Status", "approved")
				.containsEntry("Organization", org.name())
				.containsEntry("Approved by", org.user(Role.TOP_MANAGEMENT).displayName());
		}
		var approvedPdf = viewer.get("/api/v1/soa/export?format=pdf").andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(approvedPdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("version 1", org.user(Role.TOP_MANAGEMENT).displayName()).doesNotContain("DRAFT");
		}
	}

	/**
	 * A.5.16 is covered only through ac-2 of a small SP 800-53 catalog (no label there; mapped from ISO/IEC
	 * 27001:2013 A.9.2.1), implemented there with evidence: the JSON, the frozen version, both exports and the page
	 * show the status through ac-2, naming it and its catalog, with its evidence.
	 */
	@Test
	void aControlCoveredOnlyThroughAMappingShowsTheMappedStatusAndEvidenceEverywhere() throws Exception {
		String token = fixtures().token(org.user(Role.ISMS_MANAGER));
		String catalogId = Api.json(mvc.perform(multipart("/api/v1/catalogs/import?wait=true&key=small-nist")
			.file(new MockMultipartFile("file", "small.json", "application/json",
					OscalSamples.jsonCatalog("Small SP 800-53", "ac-2").getBytes(StandardCharsets.UTF_8)))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isCreated())).get("id").asString();
		mvc.perform(multipart("/api/v1/mappings/import?source=" + catalogId)
			.file(new MockMultipartFile("file", "m.csv", "text/csv",
					"AC-2,Account Management,A.9.2.1\n".getBytes(StandardCharsets.UTF_8)))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isCreated());
		String appliedId = Api.json(manager.post("/api/v1/applied-controls", Map.of("catalog", catalogId,
				"controlId", "ac-2", "status", "IMPLEMENTED")).andExpect(status().isCreated())).get("id").asString();
		manager.post("/api/v1/applied-controls/" + appliedId + "/evidence",
				Map.of("url", "https://wiki.example/account-review", "description", "Account review"))
			.andExpect(status().isCreated());

		JsonNode draft = row(Api.json(viewer.get("/api/v1/soa/draft").andExpect(status().isOk())), "A.5.16");
		assertThat(draft.get("applicable").asBoolean()).isTrue();
		assertThat(draft.path("implementationStatus").isString()).isFalse();
		assertThat(draft.get("effectiveStatus").asString()).isEqualTo("IMPLEMENTED");
		assertThat(draft.get("effectiveThrough").get("controlId").asString()).isEqualTo("ac-2");
		assertThat(draft.get("effectiveThrough").get("catalogTitle").asString()).isEqualTo("Small SP 800-53");
		assertThat(draft.get("effectiveThrough").get("appliedControlId").asString()).isEqualTo(appliedId);
		JsonNode requirement = draft.get("requirements").get(0);
		assertThat(requirement.get("catalogId").asString()).isEqualTo(catalogId);
		assertThat(requirement.get("status").asString()).isEqualTo("IMPLEMENTED");
		assertThat(requirement.get("evidence").get(0).get("url").asString())
			.isEqualTo("https://wiki.example/account-review");
		// The control's own applied control still counts first.
		assertThat(row(Api.json(viewer.get("/api/v1/soa/draft")), "A.5.15").get("effectiveStatus").asString())
			.isEqualTo("IMPLEMENTED");

		String page = mvc.perform(MockMvcRequestBuilders.get("/soa").param("status", "IMPLEMENTED")
			.with(authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.VIEWER))))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"row-A.5.16\"", "through ac-2 (Small SP 800-53, related mapping)",
				"href=\"/applied-controls/" + appliedId + "\"", "https://wiki.example/account-review");

		SoaDecisions.excludeUndecided(manager);
		String id = Api.json(manager.post("/api/v1/soa/versions", null).andExpect(status().isAccepted())).get("id")
			.asString();
		top.post("/api/v1/soa/versions/" + id + "/decision", Map.of("approved", true)).andExpect(status().isOk());
		manager.put("/api/v1/applied-controls/" + appliedId, Map.of("status", "PLANNED", "dueDate", "2031-01-31"))
			.andExpect(status().isOk());
		assertThat(row(Api.json(viewer.get("/api/v1/soa/draft")), "A.5.16").get("effectiveStatus").asString())
			.isEqualTo("PLANNED");
		JsonNode frozen = row(Api.json(viewer.get("/api/v1/soa").andExpect(status().isOk())), "A.5.16");
		assertThat(frozen.get("effectiveStatus").asString()).isEqualTo("IMPLEMENTED");
		assertThat(frozen.get("effectiveThrough").get("label").asString()).isEqualTo(frozen.get("requirements").get(0).get("label").asString());

		var xlsx = viewer.get("/api/v1/soa/export?format=xlsx").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row mapped = null;
			for (Row r : book.getSheetAt(0)) {
				if (r.getCell(1).getStringCellValue().equals("A.5.16")) {
					mapped = r;
				}
			}
			assertThat(mapped).isNotNull();
			assertThat(mapped.getCell(6).getStringCellValue())
				.isEqualTo("ac-2 (Small SP 800-53, related): Implemented");
			assertThat(mapped.getCell(8).getStringCellValue())
				.isEqualTo("Implemented through ac-2 (Small SP 800-53, related mapping)");
			assertThat(mapped.getCell(11).getStringCellValue())
				.isEqualTo("ac-2 (Small SP 800-53): Account review <https://wiki.example/account-review>");
		}
		var pdf = viewer.get("/api/v1/soa/export?format=pdf").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			// Table cells wrap at hyphens and dots: compare without white space.
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			assertThat(text).contains("Implementedthroughac-2(SmallSP800-53,relatedmapping)",
					"ac-2(SmallSP800-53):Accountreview<https://wiki.example/account-review>");
		}
	}

	/**
	 * The scope of the ISMS (4.3): stated by the ISMS manager, audited, frozen into each version as submitted (part
	 * of its fingerprint) and printed on its PDF and spreadsheet; a later edit changes only the draft.
	 */
	@Test
	void theScopeIsFrozenIntoEachVersionFingerprintedAndExported() throws Exception {
		viewer.get("/api/v1/soa/scope").andExpect(status().isOk())
			.andExpect(jsonPath("$.statement").value(SoaDecisions.SCOPE))
			.andExpect(jsonPath("$.updatedBy.userId").value(org.user(Role.ISMS_MANAGER).id().toString()))
			.andExpect(jsonPath("$.updatedAt").isNotEmpty());
		for (Object statement : new Object[] { "   ", "x".repeat(4001) }) {
			JsonNode problem = Api.json(manager.put("/api/v1/soa/scope", Map.of("statement", statement))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:ordo:problem:validation")));
			assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("statement");
		}
		assertThat(Api.json(manager.put("/api/v1/soa/scope", Map.of()).andExpect(status().isBadRequest()))
			.get("errors").findValuesAsString("field")).containsExactly("statement");
		viewer.put("/api/v1/soa/scope", Map.of("statement", "Everything")).andExpect(status().isForbidden());
		viewer.get("/api/v1/soa/scope").andExpect(jsonPath("$.statement").value(SoaDecisions.SCOPE));

		String first = "Sales and support in the Vienna office, with its staff, laptops and cloud mail";
		manager.put("/api/v1/soa/scope", Map.of("statement", "  " + first + "\n")).andExpect(status().isOk())
			.andExpect(jsonPath("$.statement").value(first));
		viewer.get("/api/v1/soa/draft").andExpect(jsonPath("$.scopeStatement").value(first));
		SoaDecisions.excludeUndecided(manager);
		String id = Api.json(manager.post("/api/v1/soa/versions", null).andExpect(status().isAccepted())).get("id")
			.asString();
		top.post("/api/v1/soa/versions/" + id + "/decision", Map.of("approved", true)).andExpect(status().isOk());
		String later = "The whole company, including the new Graz branch";
		manager.put("/api/v1/soa/scope", Map.of("statement", later)).andExpect(status().isOk());

		// The version keeps the statement it was submitted with; the draft follows the edit.
		viewer.get("/api/v1/soa").andExpect(jsonPath("$.scopeStatement").value(first));
		JsonNode version = Api.json(viewer.get("/api/v1/soa/versions/1").andExpect(status().isOk())
			.andExpect(jsonPath("$.scopeStatement").value(first)));
		viewer.get("/api/v1/soa/draft").andExpect(jsonPath("$.scopeStatement").value(later));
		String page = mvc.perform(MockMvcRequestBuilders.get("/soa/versions/" + id)
			.with(authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.VIEWER))))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(first).doesNotContain(later);

		// The fingerprint is of the stored version with its scope: another scope, another fingerprint.
		var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
		String stored = jdbc.queryForObject("select content from soa_version where id = ?", String.class,
				UUID.fromString(id));
		assertThat(stored).contains("\"scopeStatement\":\"" + first + "\"");
		assertThat(version.get("contentSha256").asString()).isEqualTo(sha256(stored));
		String xlsxFingerprint;
		var xlsx = viewer.get("/api/v1/soa/versions/1/export?format=xlsx").andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Map<String, String> facts = new HashMap<>();
			book.getSheet("Version").forEach(r -> facts.put(r.getCell(0).getStringCellValue(),
					r.getCell(1).getStringCellValue()));
			assertThat(facts).containsEntry("Scope of the ISMS (ISO/IEC 27001:2022 4.3)", first);
			xlsxFingerprint = facts.get("Content fingerprint (SHA-256)");
		}
		assertThat(xlsxFingerprint).isEqualTo(version.get("contentSha256").asString());
		var pdf = viewer.get("/api/v1/soa/versions/1/export?format=pdf").andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper titlePage = new PDFTextStripper();
			titlePage.setEndPage(1);
			String text = titlePage.getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("Scope of the ISMS (ISO/IEC 27001:2022 4.3) " + first).doesNotContain(later);
			assertThat(text.indexOf(first)).isLessThan(text.indexOf("A.5.1 "));
		}
		var draftPdf = viewer.get("/api/v1/soa/export?draft=true&format=pdf").andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(draftPdf)) {
			assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(later);
		}
		jdbc.update("update soa_version set content = ? where id = ?", stored.replace(first, later),
				UUID.fromString(id));
		viewer.get("/api/v1/soa/versions/1").andExpect(jsonPath("$.scopeStatement").value(later))
			.andExpect(jsonPath("$.contentSha256").value(sha256(stored.replace(first, later))));
		assertThat(sha256(stored.replace(first, later))).isNotEqualTo(version.get("contentSha256").asString());

		// Each statement is in the audit trail.
		JsonNode trail = Api.json(auditor.get("/api/v1/audit-trail?subjectType=isms-scope&size=100")
			.andExpect(status().isOk()));
		assertThat(trail.get("items").findValuesAsString("summary"))
			.anySatisfy(text -> assertThat(text).contains(first))
			.anySatisfy(text -> assertThat(text).contains(later));
		assertThat(trail.get("items").findValuesAsString("action")).containsOnly("IsmsScopeStated");
		assertThat(trail.get("items").findValuesAsString("actorId"))
			.containsOnly(org.user(Role.ISMS_MANAGER).id().toString());
	}

	@Test
	void submittingWithoutAScopeStatementIsRefused() throws Exception {
		TestOrg other = fixtures().organization("SoA without scope");
		Api otherManager = new Api(mvc, fixtures().token(other.user(Role.ISMS_MANAGER)));
		otherManager.get("/api/v1/soa/scope").andExpect(status().isOk())
			.andExpect(jsonPath("$.statement").doesNotExist());
		otherManager.get("/api/v1/soa/draft").andExpect(jsonPath("$.scopeStatement").doesNotExist());
		SoaDecisions.excludeUndecided(otherManager);
		otherManager.post("/api/v1/soa/versions", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("scope statement of the ISMS is missing")));
		new Api(mvc, fixtures().token(other.user(Role.VIEWER))).get("/api/v1/soa/versions")
			.andExpect(jsonPath("$.length()").value(0));
		SoaDecisions.stateScope(otherManager);
		otherManager.post("/api/v1/soa/versions", null).andExpect(status().isAccepted());
	}

	/** Each organization has its own scope: another one neither reads nor changes it. */
	@Test
	void anotherOrganizationNeitherReadsNorChangesTheScope() throws Exception {
		TestOrg other = fixtures().organization("SoA other scope");
		Api otherManager = new Api(mvc, fixtures().token(other.user(Role.ISMS_MANAGER)));
		String response = otherManager.get("/api/v1/soa/scope").andExpect(status().isOk())
			.andExpect(jsonPath("$.statement").doesNotExist()).andReturn().getResponse().getContentAsString();
		assertThat(response).doesNotContain(SoaDecisions.SCOPE, org.user(Role.ISMS_MANAGER).id().toString());
		otherManager.put("/api/v1/soa/scope", Map.of("statement", "Only the other organization's warehouse"))
			.andExpect(status().isOk());
		viewer.get("/api/v1/soa/scope").andExpect(jsonPath("$.statement").value(SoaDecisions.SCOPE))
			.andExpect(jsonPath("$.updatedBy.userId").value(org.user(Role.ISMS_MANAGER).id().toString()));
		viewer.get("/api/v1/soa/draft").andExpect(jsonPath("$.scopeStatement").value(SoaDecisions.SCOPE));
		otherManager.get("/api/v1/soa/draft")
			.andExpect(jsonPath("$.scopeStatement").value("Only the other organization's warehouse"));
		SoaDecisions.excludeUndecided(manager);
		String id = Api.json(manager.post("/api/v1/soa/versions", null).andExpect(status().isAccepted())).get("id")
			.asString();
		otherManager.get("/api/v1/soa/versions/" + id).andExpect(status().isNotFound());
		otherManager.get("/api/v1/soa/versions/" + id + "/export?format=pdf").andExpect(status().isNotFound());
	}

	/**
	 * A closed risk no longer justifies a control (6.1.3 d): its control keeps only the open risks that call for it,
	 * and one that only the closed risk called for has no risk justification left; reopening brings it back.
	 */
	@Test
	void aClosedRiskNoLongerJustifiesItsControls() throws Exception {
		String ransomware = identify("Ransomware on the file server", "Ransomware encrypts the shares");
		manager.put("/api/v1/risks/" + ransomware + "/treatment", Map.of("option", "MODIFY", "rationale", "Backups",
				"controls", List.of(Map.of("catalog", "iso27001-2022", "controlId", "A.8.7"),
						Map.of("catalog", "iso27001-2022", "controlId", "A.8.13"))))
			.andExpect(status().isOk());
		assertThat(row(Api.json(viewer.get("/api/v1/soa/draft")), "A.8.7").get("risks").findValuesAsString("title"))
			.containsExactlyInAnyOrder("Malware on laptops", "Ransomware on the file server");

		manager.post("/api/v1/risks/" + ransomware + "/close", Map.of("reason", "the file server was retired"))
			.andExpect(status().isOk());
		JsonNode draft = Api.json(viewer.get("/api/v1/soa/draft").andExpect(status().isOk()));
		JsonNode malware = row(draft, "A.8.7");
		assertThat(malware.get("risks").findValuesAsString("title")).containsExactly("Malware on laptops");
		assertThat(malware.get("justification").asString()).doesNotContain("Ransomware on the file server");
		JsonNode backup = row(draft, "A.8.13");
		assertThat(backup.get("risks")).isEmpty();
		assertThat(backup.get("bases").toString()).doesNotContain("RISK_TREATMENT");
		assertThat(backup.path("applicable").isBoolean()).as("undecided: nothing calls for it").isFalse();
		assertThat(backup.path("justification").asString("")).doesNotContain("Ransomware on the file server");
		assertThat(draft.get("counts").get("applicable").asInt()).isEqualTo(2);
		String page = mvc.perform(MockMvcRequestBuilders.get("/soa")
			.with(authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.VIEWER))))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Malware on laptops").doesNotContain("Ransomware on the file server");
		var xlsx = viewer.get("/api/v1/soa/export?draft=true&format=xlsx").andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row r : book.getSheetAt(0)) {
				assertThat(r.getCell(5).getStringCellValue()).doesNotContain("Ransomware on the file server");
			}
		}

		manager.post("/api/v1/risks/" + ransomware + "/reopen", Map.of("reason", "the server is back"))
			.andExpect(status().isOk());
		JsonNode reopened = row(Api.json(viewer.get("/api/v1/soa/draft")), "A.8.13");
		assertThat(reopened.get("risks").findValuesAsString("title")).containsExactly("Ransomware on the file server");
		assertThat(reopened.get("applicable").asBoolean()).isTrue();
	}

	private static String sha256(String text) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
			.digest(text.getBytes(StandardCharsets.UTF_8)));
	}
}
