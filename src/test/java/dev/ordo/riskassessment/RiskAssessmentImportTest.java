package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

import dev.ordo.identity.Role;
import dev.ordo.records.AuditTrail;
import dev.ordo.riskassessment.application.Tables;
import dev.ordo.riskassessment.domain.ListQueries;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;

/**
 * Import and export of assets and risks as CSV and XLSX: row-by-row reports, ratings with their history, one audit
 * entry per import, exports that follow the register's filter. The throughput is logged, never asserted (see
 * docs/testing.md); the benchmark harness measures it at 100,000 rows.
 */
class RiskAssessmentImportTest extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(RiskAssessmentImportTest.class);

	TestOrg org;

	Api manager;

	String token;

	String owner;

	@BeforeEach
	void setUp() {
		org = fixtures().organization("Risk import");
		token = fixtures().token(org.user(Role.ISMS_MANAGER));
		manager = new Api(mvc, token);
		owner = org.user(Role.PROCESS_OWNER).username();
	}

	ResultActions upload(String path, String contentType, byte[] body) throws Exception {
		return mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(contentType)
			.content(body).accept(MediaType.APPLICATION_JSON));
	}

	byte[] download(String path) throws Exception {
		return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	@Test
	void risksAreImportedFromCsvWithRatingsByNumberOrNameAndARowByRowReport() throws Exception {
		upload("/api/v1/assets/import", "text/csv", ("name,type\nCRM,SOFTWARE\nTwin,HARDWARE\nTwin,SITE\n")
			.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(3));
		String csv = "title,kind,asset,threat,vulnerability,scenario,owner,inherent_likelihood,inherent_consequence,"
				+ "current_likelihood,current_consequence\n"
				+ "CRM ransomware,asset-based,crm,Malicious software,V-PATCH,," + owner + ",4,Major,2,2\n"
				+ "Flood,EVENT_BASED,,,,River floods the office," + owner + ",,,,\n"
				+ "No owner,EVENT_BASED,,,,Something,nobody@example.org,,,,\n"
				+ "Ambiguous,ASSET_BASED,Twin,T-FIRE,V-PATCH,," + owner + ",9,2,3,\n"
				+ ",ODD,Nowhere,T-X,V-PATCH,," + owner + ",,,,\n";
		JsonNode report = Api.json(upload("/api/v1/risks/import?file=register.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk()));
		assertThat(report.get("imported").asInt()).isEqualTo(2);
		assertThat(report.get("rejectedCount").asInt()).isEqualTo(3);
		JsonNode rejected = report.get("rejected");
		assertThat(rejected.get(0).get("line").asInt()).isEqualTo(4);
		assertThat(rejected.get(0).get("errors").propertyNames()).containsExactly("owner");
		assertThat(rejected.get(1).get("line").asInt()).isEqualTo(5);
		assertThat(rejected.get(1).get("errors").propertyNames()).containsExactlyInAnyOrder("asset",
				"inherent_likelihood", "current_consequence");
		assertThat(rejected.get(1).get("errors").get("asset").asString()).contains("several assets");
		assertThat(rejected.get(2).get("errors").propertyNames()).containsExactlyInAnyOrder("title", "kind");

		JsonNode page = Api.json(manager.get("/api/v1/risks?q=ransomware").andExpect(status().isOk()));
		String id = page.get("items").get(0).get("id").asString();
		manager.get("/api/v1/risks/" + id).andExpect(status().isOk())
			.andExpect(jsonPath("$.assetName").value("CRM"))
			.andExpect(jsonPath("$.threatKey").value("T-MALWARE"))
			.andExpect(jsonPath("$.inherent.likelihood").value(4))
			.andExpect(jsonPath("$.inherent.consequence").value(4))
			.andExpect(jsonPath("$.current.level").value(2))
			.andExpect(jsonPath("$.history.length()").value(2))
			.andExpect(jsonPath("$.history[0].reason").value("imported from register.csv"));
		manager.get("/api/v1/risks?q=flood").andExpect(jsonPath("$.items[0].priorityLevel").value(0));
		var trail = fixtures().as(org.user(Role.ISMS_MANAGER),
				() -> context.getBean(AuditTrail.class).search("risk-import", "register.csv", null, null, 10));
		assertThat(trail.items()).singleElement()
			.satisfies(e -> assertThat(e.summary()).isEqualTo("2 risks imported from register.csv, 3 row(s) rejected"));
	}

	@Test
	void theRegisterIsExportedAsXlsxWithItsFilterAndImportedBack() throws Exception {
		upload("/api/v1/assets/import", Tables.XLSX_TYPE, ImportFiles.assets(Tables.Format.XLSX, 20, owner))
			.andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(20));
		byte[] risks = ImportFiles.risks(Tables.Format.XLSX, 30, 20, owner);
		upload("/api/v1/risks/import", Tables.XLSX_TYPE, risks).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(30)).andExpect(jsonPath("$.rejectedCount").value(0));
		byte[] assets = download("/api/v1/assets/export?format=xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(assets))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(20);
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
			assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("name");
		}
		// Only "Risk 1…" titles, sorted by title: the export shows what the register shows.
		byte[] filtered = download("/api/v1/risks/export?format=xlsx&q=Risk 1&sort=title");
		List<String> titles = new ArrayList<>();
		Tables.read(Tables.Format.XLSX, new ByteArrayInputStream(filtered), (n, cells) -> titles.add(cells.get(1)));
		assertThat(titles).containsExactly("title", "Risk 1", "Risk 10", "Risk 11", "Risk 12", "Risk 13", "Risk 14",
				"Risk 15", "Risk 16", "Risk 17", "Risk 18", "Risk 19");
		String csv = new String(download("/api/v1/risks/export?q=Risk 29"), StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).hasSize(2);
		assertThat(csv).startsWith(String.join(",", dev.ordo.riskassessment.application.RiskFiles.COLUMNS));
		// The export reads back as an import (computed columns are ignored).
		upload("/api/v1/risks/import", Tables.XLSX_TYPE, filtered).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(11));
		manager.get("/api/v1/risks/export?format=pdf").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() throws Exception {
		upload("/api/v1/risks/import", "text/csv", "name,type\nx,y\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
		upload("/api/v1/risks/import", Tables.XLSX_TYPE, "not a zip".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	/**
	 * More assets and risks (three ratings each) than the lists count exactly, imported in batches and exported
	 * whole; rows/s are logged for comparison, not asserted.
	 */
	@Test
	void moreRowsThanTheListsCountAreImportedInBatchesAndExportedWhole() throws Exception {
		int rows = ListQueries.COUNT_CAP + ListQueries.COUNT_CAP / 10;
		byte[] assets = ImportFiles.assets(Tables.Format.CSV, rows, owner);
		long t0 = System.nanoTime();
		upload("/api/v1/assets/import?file=assets.csv", "text/csv", assets).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(rows));
		long t1 = System.nanoTime();
		byte[] risks = ImportFiles.risks(Tables.Format.CSV, rows, rows, owner);
		long t2 = System.nanoTime();
		upload("/api/v1/risks/import?file=risks.csv", "text/csv", risks).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(rows));
		long t3 = System.nanoTime();
		log.info("import of {} assets: {} rows/s; of {} risks with 3 ratings each: {} rows/s", rows,
				rows * 1_000_000_000L / (t1 - t0), rows, rows * 1_000_000_000L / (t3 - t2));
		manager.get("/api/v1/assets?size=1").andExpect(jsonPath("$.totalCapped").value(true));
		manager.get("/api/v1/risks?size=1").andExpect(jsonPath("$.totalCapped").value(true));
		JsonNode last = Api.json(manager.get("/api/v1/risks?q=Risk " + (rows - 1)));
		manager.get("/api/v1/risks/" + last.get("items").get(0).get("id").asString())
			.andExpect(jsonPath("$.assetName").value("Asset " + (rows - 1)))
			.andExpect(jsonPath("$.history.length()").value(3));
		manager.get("/api/v1/risks/heatmap?kind=INHERENT").andExpect(jsonPath("$.unrated").value(0));
		// The exports hold every row, not only as many as the lists count.
		List<String> exported = new String(download("/api/v1/risks/export?sort=title"), StandardCharsets.UTF_8)
			.lines().toList();
		assertThat(exported).hasSize(rows + 1).anyMatch(line -> line.contains(",Risk " + (rows - 1) + ","));
		assertThat(new String(download("/api/v1/assets/export"), StandardCharsets.UTF_8).lines()).hasSize(rows + 1);
	}
}
