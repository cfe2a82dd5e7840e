package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;

/**
 * The risk register and the asset list sort titles and names whatever their case (migration V14's sort keys): "apple"
 * before "Zebra", as a reader looks for them, for records made one by one, imported in bulk, or renamed — through the
 * API, the page and the export.
 */
class SortOrderIgnoresCaseTest extends IntegrationTest {

	TestOrg org;

	String token;

	Api manager;

	@BeforeEach
	void setUp() {
		org = fixtures().organization("Sort order");
		token = fixtures().token(org.user(Role.ISMS_MANAGER));
		manager = new Api(mvc, token);
	}

	@Test
	void assetsAreListedByNameWhateverTheirCase() throws Exception {
		String renamed = create("/api/v1/assets", asset("zulu")).get("id").asString();
		create("/api/v1/assets", asset("Bravo"));
		upload("/api/v1/assets/import", "name,type\ncharlie,SOFTWARE\nAlpha,HARDWARE\n");
		Map<String, Object> change = asset("Delta");
		manager.put("/api/v1/assets/" + renamed, change).andExpect(status().isOk());

		assertThat(names(manager.get("/api/v1/assets?sort=name&size=50"), "name"))
			.containsExactly("Alpha", "Bravo", "charlie", "Delta");
		assertThat(names(manager.get("/api/v1/assets?sort=type&size=50"), "name"))
			.containsExactly("Alpha", "Bravo", "charlie", "Delta");
		assertThat(page("/assets?sort=name", "/assets/")).containsExactly("Alpha", "Bravo", "charlie", "Delta");
		assertThat(exported("/api/v1/assets/export", 1)).containsExactly("Alpha", "Bravo", "charlie", "Delta");
	}

	@Test
	void risksAreListedByTitleWhateverTheirCase() throws Exception {
		String renamed = create("/api/v1/risks", risk("zulu outage")).get("id").asString();
		create("/api/v1/risks", risk("Bravo breach"));
		String owner = org.user(Role.PROCESS_OWNER).username();
		upload("/api/v1/risks/import", "title,kind,scenario,owner\ncharlie leak,EVENT_BASED,Data leaks," + owner
				+ "\nAlpha fraud,EVENT_BASED,Payments diverted," + owner + "\n");
		manager.put("/api/v1/risks/" + renamed, risk("Delta outage")).andExpect(status().isOk());

		List<String> expected = List.of("Alpha fraud", "Bravo breach", "charlie leak", "Delta outage");
		assertThat(names(manager.get("/api/v1/risks?sort=title&size=50"), "title")).isEqualTo(expected);
		// Unrated, all four share the priority: the title decides.
		assertThat(names(manager.get("/api/v1/risks?sort=priority&size=50"), "title")).isEqualTo(expected);
		assertThat(page("/risks?sort=title", "/risks/")).isEqualTo(expected);
		assertThat(exported("/api/v1/risks/export?sort=title", 1)).isEqualTo(expected);
	}

	private Map<String, Object> asset(String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("type", "SOFTWARE");
		body.put("ownerId", org.user(Role.PROCESS_OWNER).id().toString());
		body.put("classification", "internal");
		for (String goal : List.of("confidentiality", "integrity", "availability", "authenticity")) {
			body.put(goal, 2);
		}
		return body;
	}

	private Map<String, Object> risk(String title) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("kind", "EVENT_BASED");
		body.put("scenario", "Something goes wrong");
		body.put("ownerId", org.user(Role.PROCESS_OWNER).id().toString());
		return body;
	}

	private JsonNode create(String path, Map<String, Object> body) throws Exception {
		return Api.json(manager.post(path, body).andExpect(status().isCreated()));
	}

	private void upload(String path, String csv) throws Exception {
		mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk());
	}

	private static List<String> names(org.springframework.test.web.servlet.ResultActions list, String field)
			throws Exception {
		JsonNode items = Api.json(list.andExpect(status().isOk())).get("items");
		return items.valueStream().map(item -> item.get(field).asString()).toList();
	}

	/** The link texts of the page's rows, in order: the links to each record. */
	private List<String> page(String path, String recordPath) throws Exception {
		String html = mvc.perform(get(path)
			.with(authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.VIEWER))))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher link = Pattern.compile("<a href=\"" + Pattern.quote(recordPath)
				+ "[0-9a-f-]{36}\"[^>]*>([^<]+)</a>").matcher(html);
		List<String> texts = new java.util.ArrayList<>();
		while (link.find()) {
			texts.add(link.group(1).trim());
		}
		return texts;
	}

	/** One column of an export's rows, in order. */
	private List<String> exported(String path, int column) throws Exception {
		String csv = mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return csv.lines().skip(1).map(line -> line.split(",")[column]).toList();
	}
}
