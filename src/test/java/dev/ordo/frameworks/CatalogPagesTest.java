package dev.ordo.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.ordo.frameworks.application.CatalogImportService;
import dev.ordo.frameworks.domain.CatalogImport;
import dev.ordo.frameworks.domain.CatalogImportRepository;
import dev.ordo.identity.Role;
import dev.ordo.platform.persistence.OrganizationScope;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.IntegrationTest;

class CatalogPagesTest extends IntegrationTest {

	@Autowired
	Frameworks frameworks;

	private RequestPostProcessor as(TestUser user) {
		return authentication(OrdoAuthentication.of(fixtures().principal(user)));
	}

	@Test
	void catalogsControlsAndAnImportWithItsProgressPage() throws Exception {
		TestOrg org = fixtures().organization("Catalog pages");
		String list = mvc.perform(get("/catalogs").with(as(org.user(Role.ISMS_MANAGER))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("ISO/IEC 27001:2022", "Import an OSCAL catalog or profile", "href=\"/catalogs\"");
		assertThat(mvc.perform(get("/catalogs").with(as(org.user(Role.VIEWER)))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("Import an OSCAL catalog");

		String catalog = mvc.perform(get("/catalogs/iso27001-2022?q=monitoring").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(catalog).contains("A.8.16", "Monitoring activities").doesNotContain("A.5.1<");
		String fragment = mvc.perform(get("/catalogs/iso27001-2022?page=1").header("HX-Request", "true")
			.with(as(org.user(Role.VIEWER)))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<section id=\"controls\"").contains("Page 2 of 3");
		String control = mvc.perform(get("/catalogs/iso27001-2022/controls/A.5.23").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(control).contains("Information security for use of cloud services", "operational capabilities",
				"Supplier relationships security");

		String location = mvc.perform(multipart("/catalogs/import")
			.file(new MockMultipartFile("file", "small.json", "application/json",
					OscalSamples.jsonCatalog("Page catalog", "x-1").getBytes(StandardCharsets.UTF_8)))
			.with(as(org.user(Role.ISMS_MANAGER))).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/catalogs/imports/*"))
			.andReturn().getResponse().getRedirectedUrl();
		String state = "";
		for (int i = 0; i < 120 && !state.contains("SUCCEEDED"); i++) {
			Thread.sleep(250);
			state = mvc.perform(get(location).header("HX-Request", "true").with(as(org.user(Role.ISMS_MANAGER))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		}
		assertThat(state).contains("SUCCEEDED", "Open the imported catalog").doesNotContain("hx-trigger");
		mvc.perform(get("/catalogs/page-catalog/controls/ac-1.1").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isOk());
		TestOrg other = fixtures().organization("Catalog pages other");
		mvc.perform(get("/catalogs/page-catalog").with(as(other.user(Role.VIEWER)))).andExpect(status().isNotFound());
		mvc.perform(get(location).with(as(other.user(Role.VIEWER)))).andExpect(status().isNotFound());
	}

	@Test
	void aWithdrawnControlIsShownAsWithdrawn() throws Exception {
		TestOrg org = fixtures().organization("Catalog pages withdrawn");
		String withdrawn = OscalSamples.jsonCatalog("Withdrawn sample", "x-1").replace(
				"{\"name\": \"label\", \"value\": \"AC-1(1)\"}]",
				"{\"name\": \"label\", \"value\": \"AC-1(1)\"}, {\"name\": \"status\", \"value\": \"withdrawn\"}],"
						+ " \"links\": [{\"href\": \"#ac-1_smt\", \"rel\": \"incorporated-into\"}]");
		withdrawn = withdrawn.replace("\"prose\": \"Write down the rules.\"",
				"\"parts\": [{\"id\": \"ac-1_smt.a\", \"name\": \"item\", \"props\": [{\"name\": \"label\", \"value\": \"a.\"}],"
						+ " \"prose\": \"Write down rules & duties for {{ insert: param, ac-1_prm_1 }};\"},"
						+ " {\"id\": \"ac-1_smt.b\", \"name\": \"item\", \"props\": [{\"name\": \"label\", \"value\": \"b.\"}],"
						+ " \"prose\": \"Keep them.\"}]")
			.replace("\"title\": \"Policy and Procedures\",",
					"\"title\": \"Policy and Procedures\", \"params\": [{\"id\": \"ac-1_prm_1\", \"label\": \"staff\"}],");
		assertThat(withdrawn).contains("withdrawn", "ac-1_prm_1");
		importAndWait(org, "withdrawn.json", withdrawn);
		String catalog = mvc.perform(get("/catalogs/withdrawn-sample").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(catalog).contains("id=\"withdrawn-count\"", ">1 (kept for reference");
		assertThat(catalog.split("class=\"tag withdrawn\"", -1)).hasSize(2);
		String control = mvc.perform(get("/catalogs/withdrawn-sample/controls/ac-1.1").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(control).contains("AC-1(1) is withdrawn from its catalog (now AC-1)", ">withdrawn<");
		String ac1 = mvc.perform(get("/catalogs/withdrawn-sample/controls/ac-1").with(as(org.user(Role.VIEWER))))
			.andReturn().getResponse().getContentAsString();
		assertThat(ac1).doesNotContain("is withdrawn", ">withdrawn<");
		// The statement keeps its item labels and lines (shown as they are, escaped), the parameter filled in.
		assertThat(ac1).contains("id=\"statement\" style=\"white-space: pre-wrap\">"
				+ "a. Write down rules &amp; duties for [Assignment: staff];\nb. Keep them.</div>");
	}

	@Test
	void anUnreadableMappingFileIsRefusedWithAMessageNextToTheField() throws Exception {
		TestOrg org = fixtures().organization("Catalog pages mapping");
		importAndWait(org, "mapped.json", OscalSamples.jsonCatalog("Mapped sample", "x-1"));
		String source = fixtures().as(org.user(Role.VIEWER), () -> frameworks.catalog("mapped-sample").id());
		String page = mvc.perform(multipart("/catalogs/mappings/import")
			.file(new MockMultipartFile("file", "broken.csv", "text/csv",
					"a,b,c\nAC-1,\"Policy\" x,5.2\n".getBytes(StandardCharsets.UTF_8)))
			.param("source", source).with(as(org.user(Role.ISMS_MANAGER))).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(field(page, "mappingFile-error")).startsWith("is not a readable CSV file").contains("line 2");
		// The chosen catalog stays selected; the other form shows no message.
		assertThat(page).containsPattern("<option value=\"" + source + "\" selected=\"selected\">")
			.doesNotContain("id=\"file-error\"", "id=\"source-error\"");

		page = mvc.perform(multipart("/catalogs/mappings/import")
			.file(new MockMultipartFile("file", "big.csv", "text/csv", new byte[5 * 1024 * 1024 + 1]))
			.param("source", "iso27001-2022").with(as(org.user(Role.ISMS_MANAGER))).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(field(page, "mappingFile-error")).isEqualTo("is larger than the limit of 5 MB");
	}

	@Test
	void aRefusedCatalogImportShowsEachMessageNextToItsFieldAndKeepsTheKey() throws Exception {
		TestOrg org = fixtures().organization("Catalog pages form");
		importAndWait(org, "taken.json", OscalSamples.jsonCatalog("Taken", "x-1"));
		String page = mvc.perform(multipart("/catalogs/import")
			.file(new MockMultipartFile("file", "again.json", "application/json",
					OscalSamples.jsonCatalog("Again", "x-1").getBytes(StandardCharsets.UTF_8)))
			.param("key", "taken").with(as(org.user(Role.ISMS_MANAGER))).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(field(page, "key-error")).isEqualTo("is already used by another catalog");
		assertThat(page).contains("id=\"key\" pattern=").containsPattern("id=\"key\"[^>]*value=\"taken\"")
			.doesNotContain("id=\"file-error\"");

		page = mvc.perform(multipart("/catalogs/import").param("key", "Not a key")
			.with(as(org.user(Role.ISMS_MANAGER))).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(field(page, "file-error")).startsWith("is required");
		assertThat(field(page, "key-error")).startsWith("must be 1 to 60 lowercase letters");
		assertThat(page).containsPattern("id=\"key\"[^>]*value=\"Not a key\"");
	}

	/** The text of the element with this id (a field's message). */
	private static String field(String page, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
		assertThat(m.find()).as("element " + id + " in the page").isTrue();
		return m.group(1).strip();
	}

	@Test
	void importsCutOffByARestartAreFailedAtStartAndShowHowLongTheyRan() throws Exception {
		TestOrg org = fixtures().organization("Catalog pages restart");
		OrganizationScope scope = context.getBean(OrganizationScope.class);
		CatalogImportRepository repository = context.getBean(CatalogImportRepository.class);
		Instant beforeBoot = Instant.now().minus(Duration.ofHours(2).plusMinutes(5));
		UUID running = scope.in(org.id(), () -> {
			CatalogImport job = new CatalogImport("cut-off.json", org.lead().id(), beforeBoot);
			job.running("Storing 1189 controls");
			return repository.save(job).getId();
		});
		UUID queued = scope.in(org.id(),
				() -> repository.save(new CatalogImport("queued.json", org.lead().id(), beforeBoot)).getId());
		UUID sinceBoot = scope.in(org.id(),
				() -> repository.save(new CatalogImport("new.json", org.lead().id(), Instant.now())).getId());
		String polling = mvc.perform(get("/catalogs/imports/" + running).header("HX-Request", "true")
			.with(as(org.user(Role.VIEWER)))).andReturn().getResponse().getContentAsString();
		assertThat(polling).contains("RUNNING", "hx-trigger", "Running for", "2 h 5 min");

		assertThat(context.getBean(CatalogImportService.class).failInterrupted()).isGreaterThanOrEqualTo(2);

		for (UUID id : List.of(running, queued)) {
			String page = mvc.perform(get("/catalogs/imports/" + id).with(as(org.user(Role.VIEWER))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("FAILED", CatalogImportService.INTERRUPTED, "Took", "2 h 5 min")
				.doesNotContain("hx-trigger");
		}
		String fresh = mvc.perform(get("/catalogs/imports/" + sinceBoot).header("HX-Request", "true")
			.with(as(org.user(Role.VIEWER)))).andReturn().getResponse().getContentAsString();
		assertThat(fresh).contains("QUEUED", "hx-trigger", "Running for").doesNotContain("interrupted");
	}

	/** Imports a catalog through the page and waits for it; answers the final status fragment. */
	private String importAndWait(TestOrg org, String fileName, String content) throws Exception {
		String location = mvc.perform(multipart("/catalogs/import")
			.file(new MockMultipartFile("file", fileName, "application/json", content.getBytes(StandardCharsets.UTF_8)))
			.with(as(org.user(Role.ISMS_MANAGER))).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String state = "";
		for (int i = 0; i < 120 && !state.contains("SUCCEEDED") && !state.contains("FAILED"); i++) {
			Thread.sleep(250);
			state = mvc.perform(get(location).header("HX-Request", "true").with(as(org.user(Role.ISMS_MANAGER))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		}
		assertThat(state).contains("SUCCEEDED");
		return state;
	}
}
