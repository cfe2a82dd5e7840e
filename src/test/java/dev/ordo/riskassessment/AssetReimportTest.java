package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.records.AuditTrail;
import dev.ordo.riskassessment.application.Tables;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;

/**
 * An exported inventory, corrected in a spreadsheet and imported again, changes the assets its rows name by id
 * instead of adding them twice; ids of no asset of this organization, and the same id twice, are rejected rows.
 */
class AssetReimportTest extends IntegrationTest {

	TestOrg org;

	String token;

	Api manager;

	String owner;

	@BeforeEach
	void setUp() throws Exception {
		org = fixtures().organization("Asset re-import");
		token = fixtures().token(org.user(Role.ISMS_MANAGER));
		manager = new Api(mvc, token);
		owner = org.user(Role.PROCESS_OWNER).username();
		upload("text/csv", ("name,type,owner,confidentiality,integrity,availability,authenticity\n"
				+ "CRM,SOFTWARE,,1,1,1,1\n" + "Customer data,INFORMATION,,2,2,2,2\n" + "Mail,SERVICE,,1,2,1,1\n"
				+ "Laptop,HARDWARE,,1,1,1,1\n").getBytes(StandardCharsets.UTF_8), "first.csv")
			.andExpect(jsonPath("$.imported").value(4));
	}

	ResultActions upload(String contentType, byte[] body, String file) throws Exception {
		return mvc.perform(post("/api/v1/assets/import?file=" + file)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(contentType).content(body)
			.accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk());
	}

	byte[] export(String format) throws Exception {
		return mvc.perform(get("/api/v1/assets/export?format=" + format)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
	}

	String id(String name) throws Exception {
		return Api.json(manager.get("/api/v1/assets?q=" + name)).get("items").get(0).get("id").asString();
	}

	@Test
	void aCsvExportChangedInTwoRowsUpdatesThoseTwoAssetsAndAddsNone() throws Exception {
		// The laptop supports the CRM, so a higher need of the CRM reaches the laptop when the file comes back.
		String crm = id("CRM");
		String laptop = id("Laptop");
		manager.post("/api/v1/assets/" + laptop + "/dependencies", Map.of("supportedAssetId", crm))
			.andExpect(status().isOk());
		List<String> lines = new ArrayList<>(new String(export("csv"), StandardCharsets.UTF_8).lines().toList());
		assertThat(lines.get(0)).isEqualTo(
				"id,name,type,description,owner,classification,confidentiality,integrity,availability,authenticity,"
						+ "version");
		assertThat(lines).hasSize(5);
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).startsWith(crm + ",")) {
				lines.set(i, crm + ",CRM,SOFTWARE,,,,4,1,1,1");
			}
			if (lines.get(i).contains(",Mail,")) {
				lines.set(i, lines.get(i).replace(",Mail,SERVICE,,,", ",Mail,SERVICE,," + owner + ","));
			}
		}
		JsonNode report = Api.json(upload("text/csv", String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8),
				"corrected.csv"));
		assertThat(report.get("imported").asInt()).isZero();
		assertThat(report.get("updated").asInt()).isEqualTo(2);
		assertThat(report.get("unchanged").asInt()).isEqualTo(2);
		assertThat(report.get("rejectedCount").asInt()).isZero();
		manager.get("/api/v1/assets?size=1").andExpect(jsonPath("$.totalItems").value(4));
		manager.get("/api/v1/assets/" + id("Mail"))
			.andExpect(jsonPath("$.owner.userId").value(org.user(Role.PROCESS_OWNER).id().toString()));
		manager.get("/api/v1/assets/" + crm).andExpect(jsonPath("$.protection[0].own").value(4));
		manager.get("/api/v1/assets/" + laptop).andExpect(jsonPath("$.protection[0].own").value(1))
			.andExpect(jsonPath("$.protection[0].effective").value(4))
			.andExpect(jsonPath("$.protection[0].sourceAssetId").value(crm));
		var trail = fixtures().as(org.user(Role.ISMS_MANAGER),
				() -> context.getBean(AuditTrail.class).search("asset-import", "corrected.csv", null, null, 10));
		assertThat(trail.items()).singleElement()
			.satisfies(e -> assertThat(e.summary()).isEqualTo("0 assets imported, 2 updated from corrected.csv"));
		// The same file again: everything already says so, nothing is written.
		JsonNode again = Api.json(upload("text/csv", String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8),
				"corrected.csv"));
		assertThat(again.get("updated").asInt()).isZero();
		assertThat(again.get("unchanged").asInt()).isEqualTo(4);
	}

	@Test
	void anXlsxExportChangedInTwoRowsUpdatesThoseTwoAssets() throws Exception {
		ByteArrayOutputStream changed = new ByteArrayOutputStream();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx")))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				String name = row.getCell(1).getStringCellValue();
				if (name.equals("Laptop")) {
					// A new cell, as a spreadsheet program writes it (POI would keep the old inline text beside it).
					row.removeCell(row.getCell(1));
					row.createCell(1).setCellValue("Laptop fleet");
				}
				if (name.equals("Customer data")) {
					row.createCell(5).setCellValue("confidential");
					row.getCell(7).setCellValue(4);
				}
			}
			book.write(changed);
		}
		String customerData = id("Customer data");
		JsonNode report = Api.json(upload(Tables.XLSX_TYPE, changed.toByteArray(), "corrected.xlsx"));
		assertThat(report.get("imported").asInt()).isZero();
		assertThat(report.get("updated").asInt()).isEqualTo(2);
		assertThat(report.get("rejectedCount").asInt()).isZero();
		manager.get("/api/v1/assets?size=1").andExpect(jsonPath("$.totalItems").value(4));
		manager.get("/api/v1/assets?q=laptop").andExpect(jsonPath("$.items[0].name").value("Laptop fleet"));
		manager.get("/api/v1/assets/" + customerData).andExpect(jsonPath("$.classification").value("confidential"))
			.andExpect(jsonPath("$.protection[1].own").value(4));
	}

	@Test
	void idsOfNoAssetOfThisOrganizationAndRepeatedIdsAreRejectedRowsInAMixedFile() throws Exception {
		TestOrg other = fixtures().organization("Asset re-import other");
		Api otherManager = new Api(mvc, fixtures().token(other.user(Role.ISMS_MANAGER)));
		String foreign = Api.json(otherManager.post("/api/v1/assets", Map.of("name", "Their server", "type",
				"HARDWARE")).andExpect(status().isCreated())).get("id").asString();
		String crm = id("CRM");
		String mail = id("Mail");
		String csv = "id,name,type,confidentiality,integrity,availability,authenticity\n"
				+ crm + ",CRM suite,SOFTWARE,1,1,1,1\n"
				+ "0b5e4f4e-0000-4000-8000-000000000000,Ghost,SOFTWARE,,,,\n"
				+ "not-an-id,Typo,SOFTWARE,,,,\n"
				+ foreign + ",Taken over,HARDWARE,,,,\n"
				+ crm + ",CRM again,SOFTWARE,,,,\n"
				+ ",Printer,HARDWARE,,,,\n"
				+ mail + ",Mail,SERVICE,1,2,1,1\n";
		JsonNode report = Api.json(upload("text/csv", csv.getBytes(StandardCharsets.UTF_8), "mixed.csv"));
		assertThat(report.get("imported").asInt()).isEqualTo(1);
		assertThat(report.get("updated").asInt()).isEqualTo(1);
		assertThat(report.get("unchanged").asInt()).isEqualTo(1);
		assertThat(report.get("rejectedCount").asInt()).isEqualTo(4);
		JsonNode rejected = report.get("rejected");
		List<Integer> lines = new ArrayList<>();
		rejected.forEach(r -> lines.add(r.get("line").asInt()));
		assertThat(lines).containsExactly(3, 4, 5, 6);
		for (int i = 0; i < 3; i++) {
			assertThat(rejected.get(i).get("errors").get("id").asString())
				.isEqualTo("is not an asset of this organization");
		}
		assertThat(rejected.get(3).get("errors").get("id").asString()).contains("earlier row");
		manager.get("/api/v1/assets?size=1").andExpect(jsonPath("$.totalItems").value(5));
		manager.get("/api/v1/assets/" + crm).andExpect(jsonPath("$.name").value("CRM suite"));
		// The other organization's asset is untouched.
		otherManager.get("/api/v1/assets/" + foreign).andExpect(jsonPath("$.name").value("Their server"));
	}

	/**
	 * Someone changes an asset in Ordo after the inventory was exported: the old file must not silently undo that
	 * change. Its row is refused, naming both versions; the file's other rows still go in; emptied, the version lets
	 * the file win.
	 */
	@Test
	void aRowOfAnAssetChangedInOrdoSinceTheExportIsRejectedUnlessItsVersionIsEmptied() throws Exception {
		String crm = id("CRM");
		List<String> lines = new ArrayList<>(new String(export("csv"), StandardCharsets.UTF_8).lines().toList());
		String crmRow = lines.stream().filter(l -> l.startsWith(crm + ",")).findFirst().orElseThrow();
		String exportedVersion = crmRow.substring(crmRow.lastIndexOf(',') + 1);
		manager.put("/api/v1/assets/" + crm, Map.of("name", "CRM (cloud)", "type", "SERVICE", "confidentiality", 3))
			.andExpect(status().isOk());
		long current = Api.json(manager.get("/api/v1/assets/" + crm)).get("version").asLong();
		for (int i = 1; i < lines.size(); i++) {
			lines.set(i, lines.get(i).replace(",Laptop,", ",Laptop fleet,"));
		}
		JsonNode report = Api.json(upload("text/csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8),
				"stale.csv"));
		assertThat(report.get("updated").asInt()).isEqualTo(1);
		assertThat(report.get("unchanged").asInt()).isEqualTo(2);
		assertThat(report.get("rejectedCount").asInt()).isEqualTo(1);
		assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(lines.indexOf(crmRow) + 1);
		assertThat(report.get("rejected").get(0).get("errors").get("version").asString())
			.contains("changed in Ordo since this file was exported")
			.contains("version " + exportedVersion + ", the asset is at " + current);
		manager.get("/api/v1/assets/" + crm).andExpect(jsonPath("$.name").value("CRM (cloud)"))
			.andExpect(jsonPath("$.type").value("SERVICE"));
		manager.get("/api/v1/assets?q=laptop").andExpect(jsonPath("$.items[0].name").value("Laptop fleet"));
		// The version emptied: the file's values win, as they did before versions were exported.
		String overwrite = crmRow.substring(0, crmRow.lastIndexOf(',') + 1);
		JsonNode forced = Api.json(upload("text/csv", (lines.get(0) + "\n" + overwrite).getBytes(
				StandardCharsets.UTF_8), "forced.csv"));
		assertThat(forced.get("updated").asInt()).isEqualTo(1);
		manager.get("/api/v1/assets/" + crm).andExpect(jsonPath("$.name").value("CRM"))
			.andExpect(jsonPath("$.type").value("SOFTWARE"));
		String typo = lines.get(0) + "\n" + crmRow.substring(0, crmRow.lastIndexOf(',') + 1) + "v2";
		assertThat(Api.json(upload("text/csv", typo.getBytes(StandardCharsets.UTF_8), "typo.csv")).get("rejected")
			.get(0).get("errors").get("version").asString()).contains("is not a version number");
	}

	@Test
	void theImportPageSaysHowManyAssetsWereUpdated() throws Exception {
		String csv = new String(export("csv"), StandardCharsets.UTF_8).replace(",Laptop,", ",Laptop fleet,");
		MockMultipartFile file = new MockMultipartFile("file", "assets.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8));
		String page = mvc.perform(multipart("/assets/import").file(file)
			.with(authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.ISMS_MANAGER)))))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("0 asset(s) imported, 1 updated, 3 unchanged, 0 row(s) rejected");
	}

	/** Many changed rows are applied in batches; rows/s are logged for comparison, not asserted. */
	@Test
	void aLargeExportWithEveryRowChangedUpdatesEveryAsset() throws Exception {
		int rows = 5_000;
		upload("text/csv", ImportFiles.assets(Tables.Format.CSV, rows, owner), "many.csv")
			.andExpect(jsonPath("$.imported").value(rows));
		String changed = new String(export("csv"), StandardCharsets.UTF_8).replace(",generated asset ",
				",corrected asset ");
		long t0 = System.nanoTime();
		JsonNode report = Api.json(upload("text/csv", changed.getBytes(StandardCharsets.UTF_8), "many.csv"));
		long t1 = System.nanoTime();
		assertThat(report.get("updated").asInt()).isEqualTo(rows);
		assertThat(report.get("unchanged").asInt()).isEqualTo(4);
		assertThat(report.get("imported").asInt()).isZero();
		LoggerFactory.getLogger(AssetReimportTest.class).info("re-import of {} changed assets: {} rows/s", rows,
				rows * 1_000_000_000L / (t1 - t0));
		manager.get("/api/v1/assets?size=1").andExpect(jsonPath("$.totalItems").value(rows + 4));
		String exported = new String(export("csv"), StandardCharsets.UTF_8);
		assertThat(exported).contains(",corrected asset 4999,").doesNotContain(",generated asset ");
	}
}
