package dev.ordo.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import dev.ordo.identity.Role;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Catalogs over the API: the built-in ISO/IEC 27001:2022, OSCAL imports of NIST SP 800-53, mappings, errors. */
class FrameworksApiTest extends IntegrationTest {

	@Test
	void theBuiltInCatalogIsSharedAndReadOnly() throws Exception {
		TestOrg org = fixtures().organization("Catalogs built in");
		Api api = new Api(mvc, fixtures().token(org.user(Role.VIEWER)));
		JsonNode list = Api.json(api.get("/api/v1/catalogs").andExpect(status().isOk()));
		assertThat(list.get("items").get(0).get("id").asString()).isEqualTo("iso27001-2022");
		api.get("/api/v1/catalogs/iso27001-2022").andExpect(status().isOk())
			.andExpect(jsonPath("$.controlCount").value(41 + 93))
			.andExpect(jsonPath("$.readOnly").value(true));
		api.get("/api/v1/catalogs/iso27001-2022/controls?q=cloud").andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value("A.5.23"));
		api.get("/api/v1/catalogs/iso27001-2022/controls?page=1&size=500").andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(100))
			.andExpect(jsonPath("$.items.length()").value(34));
		api.get("/api/v1/catalogs/iso27001-2022/controls/A.8.16").andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Monitoring activities"))
			.andExpect(jsonPath("$.groupId").value("technological"))
			.andExpect(jsonPath("$.attributes.control_type[0]").value("Detective"));
		api.get("/api/v1/catalogs/iso27001-2022/controls/6.1.3").andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("requirement"));
		api.get("/api/v1/catalogs/iso27001-2022/controls/A.9.9").andExpect(status().isNotFound());
		api.get("/api/v1/catalogs/no-such-catalog").andExpect(status().isNotFound());
	}

	@Test
	void importsSp80053ItsBaselinesAndTheMappingToIso27001() throws Exception {
		OscalSamples.requireFixtures();
		TestOrg org = fixtures().organization("Catalogs NIST");
		Api api = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		String token = fixtures().token(org.user(Role.ISMS_MANAGER));

		long started = System.nanoTime();
		JsonNode catalog = Api.json(upload(token, "/api/v1/catalogs/import?wait=true&key=sp800-53",
				file("file", OscalSamples.CATALOG)).andExpect(status().isCreated()));
		System.out.printf("SP 800-53 rev5 catalog imported in %d ms%n", (System.nanoTime() - started) / 1_000_000);
		assertThat(catalog.get("controlCount").asInt()).isEqualTo(1189);
		assertThat(catalog.get("origin").asString()).isEqualTo("OSCAL_CATALOG");
		String nist = catalog.get("id").asString();

		// Withdrawn controls stay in the catalog, marked, and are left out of the Statement of Applicability.
		assertThat(catalog.get("withdrawnCount").asInt()).isEqualTo(182);
		api.get("/api/v1/catalogs/sp800-53/controls/ac-2.10").andExpect(status().isOk())
			.andExpect(jsonPath("$.withdrawn").value(true))
			.andExpect(jsonPath("$.attributes.status[0]").value("withdrawn"))
			.andExpect(jsonPath("$.attributes['incorporated-into'][0]").value("AC-2"));
		api.get("/api/v1/catalogs/sp800-53/controls/ac-2").andExpect(jsonPath("$.withdrawn").value(false));
		JsonNode soa = Api.json(api.get("/api/v1/soa/draft?catalog=sp800-53").andExpect(status().isOk()));
		List<String> listed = soa.get("controls").findValuesAsString("controlId");
		assertThat(listed).hasSize(1189 - 182).contains("ac-2", "ac-2.1").doesNotContain("ac-2.10", "ac-13");
		assertThat(soa.get("counts").get("controls").asInt()).isEqualTo(1189 - 182);

		// A risk cannot be treated with a withdrawn control; the message says what took it over.
		String risk = Api.json(api.post("/api/v1/risks", Map.of("title", "Shared accounts misused", "kind",
				"EVENT_BASED", "scenario", "A shared credential is never changed", "ownerId",
				org.user(Role.PROCESS_OWNER).id().toString())).andExpect(status().isCreated()))
			.get("id").asString();
		api.put("/api/v1/risks/" + risk + "/treatment", Map.of("option", "MODIFY", "rationale", "Manage accounts",
				"controls", List.of(Map.of("catalog", "sp800-53", "controlId", "ac-2"),
						Map.of("catalog", "sp800-53", "controlId", "ac-2.10"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("controls[1]"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("AC-2(10) is withdrawn")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("AC-2")));
		api.put("/api/v1/risks/" + risk + "/treatment", Map.of("option", "MODIFY", "rationale", "Manage accounts",
				"controls", List.of(Map.of("catalog", "sp800-53", "controlId", "ac-2"))))
			.andExpect(status().isOk());
		// Nor applied, and coverage of the catalog does not ask for it.
		api.post("/api/v1/applied-controls", Map.of("catalog", "sp800-53", "controlId", "ac-2.10", "status",
				"PLANNED")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("controlId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("AC-2(10) is withdrawn")));
		JsonNode coverage = Api.json(api.get("/api/v1/applied-controls/coverage?catalog=sp800-53")
			.andExpect(status().isOk()));
		assertThat(coverage.get("controls").findValuesAsString("controlId")).hasSize(1189 - 182)
			.doesNotContain("ac-2.10");

		api.get("/api/v1/catalogs/sp800-53/controls/ac-2.1").andExpect(status().isOk())
			.andExpect(jsonPath("$.label").value("AC-2(1)"))
			.andExpect(jsonPath("$.kind").value("enhancement"))
			.andExpect(jsonPath("$.parentId").value("ac-2"))
			.andExpect(jsonPath("$.groupTitle").value("Access Control"));
		JsonNode page = Api.json(api.get("/api/v1/catalogs/" + nist + "/controls?q=Account&size=5")
			.andExpect(status().isOk()));
		assertThat(page.get("items")).hasSize(5);
		assertThat(page.get("items").get(0).get("id").asString()).isEqualTo("ac-2");
		assertThat(page.get("totalItems").asInt()).isGreaterThan(5);

		// A profile is resolved against the catalog uploaded with it: the LOW baseline in XML, synchronously.
		JsonNode low = Api.json(upload(token, "/api/v1/catalogs/import?wait=true",
				file("file", OscalSamples.profile("LOW", "xml")), file("catalogFile", OscalSamples.CATALOG))
			.andExpect(status().isCreated()));
		assertThat(low.get("controlCount").asInt()).isEqualTo(149);
		assertThat(low.get("origin").asString()).isEqualTo("OSCAL_PROFILE");

		// Without wait the import runs in the background: 202 and a status to poll.
		ResultActions accepted = upload(token, "/api/v1/catalogs/import",
				file("file", OscalSamples.profile("MODERATE", "json")), file("catalogFile", OscalSamples.CATALOG))
			.andExpect(status().isAccepted())
			.andExpect(header().exists(HttpHeaders.LOCATION));
		String location = accepted.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
		JsonNode job = Api.json(api.get(location));
		for (int i = 0; i < 240 && !List.of("SUCCEEDED", "FAILED").contains(job.get("status").asString()); i++) {
			Thread.sleep(250);
			job = Api.json(api.get(location).andExpect(status().isOk()));
		}
		assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
		api.get("/api/v1/catalogs/" + job.get("catalogId").asString()).andExpect(jsonPath("$.controlCount").value(287));

		// NIST's crosswalk: a control implemented once counts for every ISO/IEC 27001 requirement it maps to.
		JsonNode mapping = Api.json(upload(token, "/api/v1/mappings/import?source=" + nist,
				file("file", OscalSamples.MAPPING)).andExpect(status().isCreated()));
		assertThat(mapping.get("mappings").asInt()).isGreaterThan(300);
		JsonNode satisfied = Api.json(api.get("/api/v1/catalogs/" + nist
				+ "/controls/ac-2/mappings?target=iso27001-2022").andExpect(status().isOk()));
		List<String> targets = new ArrayList<>();
		satisfied.forEach(m -> targets.add(m.get("controlId").asString()));
		assertThat(targets).contains("A.5.16", "A.5.18");
		assertThat(satisfied.get(0).get("direction").asString()).isEqualTo("satisfies");
		JsonNode reverse = Api.json(api.get("/api/v1/catalogs/iso27001-2022/controls/A.5.16/mappings")
			.andExpect(status().isOk()));
		assertThat(reverse.findValuesAsString("controlId")).contains("ac-2");
		assertThat(reverse.findValuesAsString("direction")).containsOnly("satisfied-by");
		api.get("/api/v1/catalogs/" + nist + "/controls/ac-1/mappings?target=iso27001-2022")
			.andExpect(jsonPath("$[?(@.controlId == '5.2')]").exists());

		// Another organization sees none of it.
		Api other = new Api(mvc, fixtures().token(fixtures().organization("Catalogs other").lead()));
		other.get("/api/v1/catalogs/" + nist).andExpect(status().isNotFound());
		other.get("/api/v1/catalogs/sp800-53/controls").andExpect(status().isNotFound());
		other.get(location).andExpect(status().isNotFound());
		other.get("/api/v1/catalogs/iso27001-2022/controls/A.5.16/mappings").andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void badFilesAreRefusedWithAProblemAndChangeNothing() throws Exception {
		TestOrg org = fixtures().organization("Catalogs bad files");
		String token = fixtures().token(org.user(Role.ISMS_MANAGER));
		Api api = new Api(mvc, token);

		upload(token, "/api/v1/catalogs/import?wait=true", text("file", "notes.json", "{\"hello\": \"world\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:ordo:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("not an OSCAL")));
		upload(token, "/api/v1/catalogs/import?wait=true", text("file", "twice.json",
				OscalSamples.jsonCatalog("Twice", "ac-1")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("twice")));
		upload(token, "/api/v1/catalogs/import?wait=true").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		byte[] big = new byte[21 * 1024 * 1024];
		upload(token, "/api/v1/catalogs/import", new MockMultipartFile("file", "big.json", "application/json", big))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("limit")));
		upload(token, "/api/v1/catalogs/import?key=Not%20a%20key", text("file", "c.json",
				OscalSamples.jsonCatalog("Keyed", "x-1")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("key"));
		OscalSamples.requireFixtures();
		upload(token, "/api/v1/catalogs/import?wait=true", file("file", OscalSamples.profile("LOW", "json")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("catalogFile")));
		upload(fixtures().token(org.user(Role.CONTRIBUTOR)), "/api/v1/catalogs/import",
				text("file", "c.json", OscalSamples.jsonCatalog("Not mine", "x-1")))
			.andExpect(status().isForbidden());
		upload(token, "/api/v1/mappings/import?source=iso27001-2022", text("file", "m.csv", "AC-1,Policy,5.2\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("source"));

		// YAML is checked against the same JSON schema: a control without title is refused with the schema's pointer.
		upload(token, "/api/v1/catalogs/import?wait=true", text("file", "untitled.yaml",
				OscalSamples.yamlCatalog("Untitled control").replace("    title: Second\n", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("OSCAL JSON schema")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("#/catalog/controls/1")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("required key [title] not found")));

		JsonNode catalogs = Api.json(api.get("/api/v1/catalogs"));
		assertThat(catalogs.get("totalItems").asInt()).isEqualTo(1);

		// A YAML catalog is imported as well.
		upload(token, "/api/v1/catalogs/import?wait=true", text("file", "small.yaml", OscalSamples.yamlCatalog("Small")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.controlCount").value(2))
			.andExpect(jsonPath("$.key").value("small"));

		// A mapping file that is not CSV: a problem for field file naming the line, nothing stored.
		upload(token, "/api/v1/mappings/import?source=small", text("file", "broken.csv",
				"NIST SP 800-53 CONTROLS,,ISO/IEC 27001 CONTROLS\nAC-1,Policy,5.2\nAC-2,\"Account \"Management,A.9.2.1\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:ordo:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("not a readable CSV file")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("line 3")));
		upload(token, "/api/v1/mappings/import?source=small",
				new MockMultipartFile("file", "big.csv", "text/csv", new byte[5 * 1024 * 1024 + 1]))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("limit of 5 MB")));
		upload(fixtures().token(org.user(Role.CONTRIBUTOR)), "/api/v1/mappings/import?source=small",
				new MockMultipartFile("file", "big.csv", "text/csv", new byte[5 * 1024 * 1024 + 1]))
			.andExpect(status().isForbidden());
	}

	private ResultActions upload(String token, String path, MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
	}

	private static MockMultipartFile file(String name, Path path) throws Exception {
		return new MockMultipartFile(name, path.getFileName().toString(), "application/octet-stream",
				Files.readAllBytes(path));
	}

	private static MockMultipartFile text(String name, String fileName, String content) {
		return new MockMultipartFile(name, fileName, "application/octet-stream",
				content.getBytes(StandardCharsets.UTF_8));
	}
}
