package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.IntegrationTest;

class RiskAssessmentPagesTest extends IntegrationTest {

	TestOrg org;

	@BeforeEach
	void setUp() {
		org = fixtures().organization("Risk pages");
	}

	private RequestPostProcessor as(TestUser user) {
		return authentication(OrdoAuthentication.of(fixtures().principal(user)));
	}

	private String html(String path, TestUser user) throws Exception {
		return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void anAssetAndARiskAreCreatedAndRatedThroughThePages() throws Exception {
		TestUser manager = org.user(Role.ISMS_MANAGER);
		assertThat(html("/assets", manager)).contains("New asset", "href=\"/risks\"", "href=\"/assets\"");
		assertThat(html("/assets/new", manager)).contains("Own protection needs");
		// Errors show next to their fields.
		String invalid = mvc.perform(post("/assets").with(as(manager)).with(csrf()).param("name", "")
			.param("confidentiality", "7")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(invalid).contains("id=\"name-error\"", "id=\"type-error\"", "id=\"confidentiality-error\"");
		String location = mvc.perform(post("/assets").with(as(manager)).with(csrf()).param("name", "Mail server")
			.param("type", "HARDWARE").param("confidentiality", "3").param("integrity", "2").param("availability", "4")
			.param("authenticity", "1").param("ownerId", org.user(Role.PROCESS_OWNER).id().toString()))
			.andExpect(redirectedUrlPattern("/assets/*")).andReturn().getResponse().getRedirectedUrl();
		String assetId = location.substring(location.lastIndexOf('/') + 1);
		assertThat(html(location, manager)).contains("Mail server", "Protection needs", "4 very high",
				"<td>2 elevated</td>");
		assertThat(html(location + "/edit", manager)).contains("Edit Mail server");
		assertThat(html("/assets?q=mail&sort=protection", manager)).contains("Mail server");

		assertThat(html("/risks/new?assetId=" + assetId, manager)).contains("Malicious software");
		String riskLocation = mvc.perform(post("/risks").with(as(manager)).with(csrf())
			.param("title", "Mail server down").param("kind", "ASSET_BASED").param("assetId", assetId)
			.param("threatKey", "T-HWFAIL").param("vulnerabilityKey", "V-SPOF")
			.param("ownerId", org.user(Role.PROCESS_OWNER).id().toString()))
			.andExpect(redirectedUrlPattern("/risks/*")).andReturn().getResponse().getRedirectedUrl();
		String noReason = mvc.perform(post(riskLocation + "/ratings").with(as(manager)).with(csrf())
			.param("kind", "CURRENT").param("likelihood", "4").param("consequence", "3"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(noReason).contains("id=\"reason-error\"");
		mvc.perform(post(riskLocation + "/ratings").with(as(manager)).with(csrf()).param("kind", "CURRENT")
			.param("likelihood", "4").param("consequence", "3").param("reason", "single disk, no spare"))
			.andExpect(redirectedUrlPattern("/risks/*"));
		String riskPage = html(riskLocation, manager);
		assertThat(riskPage).contains("Mail server down", "single disk, no spare", "Hardware failure", "High");
		assertThat(html(riskLocation + "/edit", manager)).contains("Edit Mail server down");
		String register = html("/risks", manager);
		assertThat(register).contains("Mail server down", "id=\"cell-4-3\"", "Heat map");
		// The heat map: likelihood 4 × consequence 3 holds the one rated risk, coloured by its level; others are empty.
		assertThat(register).containsPattern("<td class=\"level-\\d\" id=\"cell-4-3\"><a href=\"/risks\\?map=CURRENT&amp;"
				+ "likelihood=4&amp;consequence=3\"[^>]*>1</a></td>")
			.contains("id=\"cell-1-1\"></td>", "5 Almost certain");
		// A cell's count leads to its risks: the register filtered by that cell, the cell marked and named.
		String cell = html("/risks?map=CURRENT&likelihood=4&consequence=3", manager);
		assertThat(cell).contains("Mail server down", "id=\"cell-filter\"", "4 Likely × 3 Moderate")
			.containsPattern("<td class=\"level-\\d selected\" id=\"cell-4-3\">");
		assertThat(html("/risks?map=CURRENT&likelihood=3&consequence=4", manager)).doesNotContain("Mail server down")
			.contains("No risks.");
		assertThat(html("/risks?map=INHERENT&likelihood=4&consequence=3", manager)).doesNotContain("Mail server down");
		assertThat(html("/risks/export.csv?likelihood=4&consequence=3", manager)).contains("Mail server down");
		assertThat(html("/risks/export.csv?likelihood=3&consequence=3", manager)).doesNotContain("Mail server down");
		// Each row links to its risk and its asset; the asset list's rows to their assets.
		assertThat(register).contains("href=\"" + riskLocation + "\"", "href=\"/assets/" + assetId + "\"");
		// The treatment column: a link per risk, filled by one request to risk treatment for the page's risks.
		String riskId = riskLocation.substring(riskLocation.lastIndexOf('/') + 1);
		assertThat(register).contains("<span id=\"treatment-" + riskId + "\"><a href=\"" + riskLocation
				+ "/treatment\">Treatment</a></span>", "hx-get=\"/risks/treatment/statuses?ids=" + riskId + "\"");
		assertThat(html("/assets", manager)).contains("href=\"/assets/" + assetId + "\"", "<td>Hardware</td>",
				"<td>" + org.user(Role.PROCESS_OWNER).displayName() + "</td>", "<span class=\"need need-4\">4</span>");
		// Another rating's heat map keeps the register's filter (but not a cell, which belongs to the map shown).
		assertThat(html("/risks?map=INHERENT&kind=ASSET_BASED&minLevel=2&sort=title&likelihood=4&consequence=3", manager))
			.contains("inherent", "href=\"/risks?map=RESIDUAL&amp;q=&amp;kind=ASSET_BASED&amp;minLevel=2"
					+ "&amp;reassessmentDue=&amp;status=OPEN&amp;treatment=&amp;assetId=&amp;sort=title\"");
		assertThat(html("/risks/export.csv", org.user(Role.VIEWER))).contains("Mail server down,ASSET_BASED,,Mail server");
		assertThat(html("/risks/criteria", manager)).contains("Almost certain", "Very high");
	}

	/** The register names the owner the organization gave its risk assessment process (TS 27022 7.4). */
	@Test
	void theRegisterNamesTheProcessOwner() throws Exception {
		TestUser viewer = org.user(Role.VIEWER);
		assertThat(html("/risks", viewer)).contains("<span id=\"process-owner\">not assigned</span>");
		TestUser owner = org.user(Role.PROCESS_OWNER);
		context.getBean(JdbcTemplate.class).update("insert into process_tailoring (id, organization_id, process_key, "
				+ "applicable, owner_id, target_level, version) values (?, ?, 'risk-assessment', true, ?, 2, 0)",
				UUID.randomUUID(), org.id(), owner.id());
		assertThat(html("/risks", viewer)).contains("<span id=\"process-owner\">" + owner.displayName() + "</span>");
		// Another organization's owner of the same process is not this one's.
		TestOrg other = fixtures().organization("Risk pages other");
		assertThat(html("/risks", other.user(Role.VIEWER))).contains("<span id=\"process-owner\">not assigned</span>");
	}

	@Test
	void viewersReadButDoNotGetEditingControlsAndImportReportsRejectedRows() throws Exception {
		TestUser viewer = org.user(Role.VIEWER);
		assertThat(html("/assets", viewer)).doesNotContain("New asset");
		assertThat(html("/risks", viewer)).doesNotContain("Identify a risk");
		mvc.perform(get("/risks/00000000-0000-0000-0000-000000000001").with(as(viewer)))
			.andExpect(status().isNotFound());
		MockMultipartFile file = new MockMultipartFile("file", "assets.csv", "text/csv",
				"name,type\nPrinter,HARDWARE\n,SOFTWARE\n".getBytes());
		String report = mvc.perform(multipart("/assets/import").file(file).with(as(org.user(Role.ISMS_MANAGER)))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(report).contains("1 asset(s) imported, 0 updated, 0 unchanged, 1 row(s) rejected", "must be given");
		// Imported without choosing a file (a browser sends an empty part): a sentence that says so.
		MockMultipartFile none = new MockMultipartFile("file", "", "application/octet-stream", new byte[0]);
		String empty = mvc.perform(multipart("/assets/import").file(none).with(as(org.user(Role.ISMS_MANAGER)))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("The file is empty; the first row must name the columns id,name,type");
		assertThat(html("/assets", org.user(Role.ISMS_MANAGER))).contains("name=\"file\" required");
		String csv = mvc.perform(get("/assets/export.csv").with(as(viewer))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(csv).contains("Printer,HARDWARE");
		MockMultipartFile risks = new MockMultipartFile("file", "risks.csv", "text/csv",
				("title,kind,scenario,owner\nPower cut,EVENT_BASED,the grid fails," + org.user(Role.PROCESS_OWNER).username()
						+ "\nNo kind,,x,nobody\n").getBytes());
		String riskReport = mvc.perform(multipart("/risks/import").file(risks).with(as(org.user(Role.ISMS_MANAGER)))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(riskReport).contains("1 risk(s) imported, 1 row(s) rejected", "kind", "owner");
		byte[] xlsx = mvc.perform(get("/risks/export.xlsx?q=power").with(as(viewer))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');
	}

	@Test
	void assetPickersFindAnyAssetOfALargeInventory() throws Exception {
		TestUser manager = org.user(Role.ISMS_MANAGER);
		StringBuilder csv = new StringBuilder("name,type,confidentiality,integrity,availability,authenticity\n");
		for (int i = 0; i < 60; i++) {
			csv.append("Asset %03d,SOFTWARE,1,1,1,1\n".formatted(i));
		}
		csv.append("Zulu ledger,INFORMATION,2,2,2,2\n");
		mvc.perform(post("/api/v1/assets/import?file=inventory.csv").contentType("text/csv").content(csv.toString())
			.header("Authorization", "Bearer " + fixtures().token(manager))).andExpect(status().isOk());

		// The form starts with the first assets by name; the last one is found by typing.
		assertThat(html("/risks/new", manager)).contains("Asset 000").doesNotContain("Zulu ledger");
		String options = mvc.perform(get("/assets/choices").param("q", "zulu").header("HX-Request", "true")
			.with(as(manager))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(options).contains("Zulu ledger (Information)").doesNotContain("Asset 000").doesNotContain("<html");
		String zuluId = options.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\".*", "$1");
		// A chosen asset stays an option, wherever it sorts.
		assertThat(html("/risks/new?assetId=" + zuluId, manager))
			.containsPattern("<option value=\"" + zuluId + "\" selected=\"selected\">Zulu ledger");
		assertThat(mvc.perform(get("/assets/choices").param("q", "zulu").param("exclude", zuluId).with(as(manager)))
			.andReturn().getResponse().getContentAsString()).doesNotContain("Zulu ledger");
	}

	@Test
	void anAssetsPageLeadsToTheRegisterOfItsRisksAndTheFilterIsKept() throws Exception {
		TestUser manager = org.user(Role.ISMS_MANAGER);
		Api api = new Api(mvc, fixtures().token(manager));
		String crm = asset(api, "CRM");
		String payroll = asset(api, "Payroll");
		risk(api, "CRM data leaks", crm);
		risk(api, "CRM unavailable", crm);
		risk(api, "Payroll fraud", payroll);

		assertThat(html("/assets/" + crm, manager)).contains("id=\"asset-risks\" href=\"/risks?assetId=" + crm + "\"");
		String register = html("/risks?assetId=" + crm + "&sort=title", manager);
		assertThat(register).contains("id=\"asset-filter\"", ">CRM</a>", "CRM data leaks", "CRM unavailable",
				"<input type=\"hidden\" name=\"assetId\" value=\"" + crm + "\">")
			.doesNotContain("Payroll fraud");
		java.util.regex.Matcher export = java.util.regex.Pattern.compile("id=\"export-csv\" href=\"([^\"]*)\"")
			.matcher(register);
		assertThat(export.find()).isTrue();
		assertThat(export.group(1)).contains("assetId=" + crm);
		String csv = mvc.perform(get(export.group(1).replace("&amp;", "&")).with(as(manager))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(csv.lines().skip(1).map(line -> line.split(",")[1]).toList())
			.containsExactly("CRM data leaks", "CRM unavailable");
		assertThat(html("/risks", manager)).contains("Payroll fraud").doesNotContain("id=\"asset-filter\"");

		// Another organization's asset is not found, and its name is not shown.
		TestOrg other = fixtures().organization("Risk pages elsewhere");
		String theirs = asset(new Api(mvc, fixtures().token(other.user(Role.ISMS_MANAGER))), "Their vault");
		String page = mvc.perform(get("/risks?assetId=" + theirs).with(as(manager))).andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("Their vault");
	}

	private String asset(Api api, String name) throws Exception {
		return Api.json(api.post("/api/v1/assets", java.util.Map.of("name", name, "type", "SOFTWARE", "confidentiality",
				2, "integrity", 2, "availability", 2, "authenticity", 1)).andExpect(status().isCreated())).get("id")
			.asString();
	}

	private void risk(Api api, String title, String assetId) throws Exception {
		api.post("/api/v1/risks", java.util.Map.of("title", title, "kind", "ASSET_BASED", "assetId", assetId,
				"threatKey", "T-MALWARE", "vulnerabilityKey", "V-PATCH", "ownerId",
				org.user(Role.PROCESS_OWNER).id().toString())).andExpect(status().isCreated());
	}

	@Test
	void aFilterOutsideTheScalesInTheAddressIsA400PageNamingIt() throws Exception {
		String page = mvc.perform(get("/risks?minLevel=9").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"page-errors\"", "<code>minLevel</code>",
				"must be a risk level of the criteria (1 to 5)");
		assertThat(mvc.perform(get("/assets?minProtection=0").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
			.contains("<code>minProtection</code>");
	}
}
