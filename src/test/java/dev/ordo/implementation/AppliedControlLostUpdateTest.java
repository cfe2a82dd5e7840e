package dev.ordo.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;

/**
 * Two people edit the same applied control: the later save, made on the version the first one changed (an edit,
 * evidence added, a verification), is refused instead of silently undoing it (API 412; the form shown again).
 */
class AppliedControlLostUpdateTest extends IntegrationTest {

	TestOrg org;

	Api manager;

	String id;

	@BeforeEach
	void setUp() throws Exception {
		org = fixtures().organization("Applied control lost update");
		manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		id = Api.json(manager.post("/api/v1/applied-controls", control("PLANNED", "first notes"))
			.andExpect(status().isCreated())).get("id").asString();
	}

	Map<String, Object> control(String status, String notes) {
		Map<String, Object> body = new HashMap<>();
		body.put("catalog", "iso27001-2022");
		body.put("controlId", "A.8.13");
		body.put("status", status);
		body.put("notes", notes);
		body.put("ownerId", org.user(Role.PROCESS_OWNER).id().toString());
		return body;
	}

	static long version(String etag) {
		return Long.parseLong(etag.replace("\"", ""));
	}

	@Test
	void anAppliedControlChangedOnAnOlderVersionIsRefusedWith412() throws Exception {
		String path = "/api/v1/applied-controls/" + id;
		String read = manager.get(path).andExpect(status().isOk()).andReturn().getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(read).matches("\"\\d+\"");
		manager.get(path).andExpect(jsonPath("$.version").value(version(read)));

		String after = manager.put(path, control("IN_PROGRESS", "Alice's notes"), read).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS")).andReturn().getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(version(after)).isGreaterThan(version(read));
		manager.put(path, control("IMPLEMENTED", "Bob's notes"), read).andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.title").value("Changed since you read it"))
			.andExpect(jsonPath("$.detail").value(containsString("applied control was changed by someone else")))
			.andExpect(jsonPath("$.currentVersion").value(version(after)))
			.andExpect(header().string(HttpHeaders.ETAG, after));
		manager.get(path).andExpect(jsonPath("$.notes").value("Alice's notes"));

		// Evidence added is a change of the control too.
		manager.post(path + "/evidence", Map.of("url", "https://wiki.example/backup")).andExpect(status().isCreated());
		manager.put(path, control("IMPLEMENTED", "Stale"), after).andExpect(status().isPreconditionFailed());

		manager.put(path, control("IMPLEMENTED", "Malformed"), "3").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));
		manager.put(path, control("IMPLEMENTED", "Unconditional")).andExpect(status().isOk())
			.andExpect(jsonPath("$.notes").value("Unconditional"));
	}

	@Test
	void evidenceAndVerificationsAnswerWithTheNewVersionAndTakeIfMatch() throws Exception {
		String path = "/api/v1/applied-controls/" + id;
		String read = manager.get(path).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		String linked = manager.call(HttpMethod.POST, path + "/evidence", Map.of("url", "https://wiki.example/a"), read)
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(version(linked)).isGreaterThan(version(read));
		manager.get(path).andExpect(header().string(HttpHeaders.ETAG, linked));

		// Made on the version before the evidence: refused, and nothing is added.
		manager.call(HttpMethod.POST, path + "/evidence", Map.of("url", "https://wiki.example/b"), read)
			.andExpect(status().isPreconditionFailed()).andExpect(jsonPath("$.currentVersion").value(version(linked)));
		manager.put(path, control("IMPLEMENTED", "Implemented"), linked).andExpect(status().isOk());
		Map<String, Object> effective = Map.of("result", "EFFECTIVE", "notes", "Restore test passed");
		manager.call(HttpMethod.POST, path + "/verifications", effective, linked)
			.andExpect(status().isPreconditionFailed());
		manager.get(path).andExpect(jsonPath("$.evidence.length()").value(1))
			.andExpect(jsonPath("$.verifications.length()").value(0));

		String current = manager.get(path).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		String verified = manager.call(HttpMethod.POST, path + "/verifications", effective, current)
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("VERIFIED")).andReturn()
			.getResponse().getHeader(HttpHeaders.ETAG);
		manager.get(path).andExpect(header().string(HttpHeaders.ETAG, verified));
		// Without If-Match, evidence is added whatever the version (adding undoes no one's change).
		manager.post(path + "/evidence", Map.of("url", "https://wiki.example/c")).andExpect(status().isCreated());
		manager.get(path).andExpect(jsonPath("$.evidence.length()").value(2));
	}

	@Test
	void theEditFormShowsTheMessageKeepsTheInputAndSavingAgainOverwrites() throws Exception {
		RequestPostProcessor asManager = authentication(
				OrdoAuthentication.of(fixtures().principal(org.user(Role.ISMS_MANAGER))));
		String form = mvc.perform(get("/applied-controls/" + id + "/edit").with(asManager)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String opened = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		assertThat(opened).matches("\\d+");

		manager.put("/api/v1/applied-controls/" + id, control("IN_PROGRESS", "Someone else's notes"))
			.andExpect(status().isOk());

		String shown = mvc.perform(post("/applied-controls/" + id).with(asManager).with(csrf()).param("version", opened)
			.param("status", "IMPLEMENTED").param("notes", "My notes")
			.param("ownerId", org.user(Role.PROCESS_OWNER).id().toString()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("The applied control was changed by someone else after you opened this form")
			.contains("My notes");
		manager.get("/api/v1/applied-controls/" + id).andExpect(jsonPath("$.notes").value("Someone else's notes"));

		String current = shown.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		assertThat(current).matches("\\d+").isNotEqualTo(opened);
		mvc.perform(post("/applied-controls/" + id).with(asManager).with(csrf()).param("version", current)
			.param("status", "IMPLEMENTED").param("notes", "My notes")
			.param("ownerId", org.user(Role.PROCESS_OWNER).id().toString()))
			.andExpect(redirectedUrl("/applied-controls/" + id));
		manager.get("/api/v1/applied-controls/" + id).andExpect(jsonPath("$.notes").value("My notes"));
	}
}
