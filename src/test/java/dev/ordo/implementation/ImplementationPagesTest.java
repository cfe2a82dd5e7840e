package dev.ordo.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.IntegrationTest;

class ImplementationPagesTest extends IntegrationTest {

	TestOrg org;

	@BeforeEach
	void setUp() {
		org = fixtures().organization("Impl pages");
	}

	private RequestPostProcessor as(TestUser user) {
		return authentication(OrdoAuthentication.of(fixtures().principal(user)));
	}

	private String html(String path, TestUser user) throws Exception {
		return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void aControlIsAppliedGivenEvidenceAndVerifiedThroughThePages() throws Exception {
		TestUser manager = org.user(Role.ISMS_MANAGER);
		assertThat(html("/applied-controls", manager)).contains("Apply a control", "href=\"/applied-controls\"");
		assertThat(html("/applied-controls/new", manager)).contains("Control id");
		String invalid = mvc.perform(post("/applied-controls").with(as(manager)).with(csrf())
			.param("catalog", "iso27001-2022").param("controlId", "A.99.1").param("status", "NOT_APPLICABLE"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(invalid).contains("id=\"controlId-error\"", "id=\"justification-error\"");
		String location = mvc.perform(post("/applied-controls").with(as(manager)).with(csrf())
			.param("catalog", "iso27001-2022").param("controlId", "A.8.13").param("status", "IN_PROGRESS")
			.param("ownerId", org.user(Role.PROCESS_OWNER).id().toString())
			.param("dueDate", LocalDate.now().minusDays(3).toString()))
			.andExpect(redirectedUrlPattern("/applied-controls/*")).andReturn().getResponse().getRedirectedUrl();
		assertThat(html(location, manager)).contains("A.8.13", "In progress", "id=\"overdue\"");
		assertThat(html("/applied-controls?overdue=true&sort=due&status=IN_PROGRESS", manager)).contains("A.8.13");
		assertThat(html(location + "/edit", manager)).contains("Edit A.8.13");
		mvc.perform(post(location).with(as(manager)).with(csrf()).param("status", "IMPLEMENTED")
			.param("ownerId", org.user(Role.PROCESS_OWNER).id().toString()))
			.andExpect(redirectedUrlPattern("/applied-controls/*"));
		String badLink = mvc.perform(post(location + "/evidence").with(as(manager)).with(csrf()).param("url", "ftp:x"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(badLink).contains("id=\"url-error\"");
		mvc.perform(post(location + "/evidence").with(as(manager)).with(csrf())
			.param("url", "https://wiki.example/backup").param("description", "Backup concept"))
			.andExpect(redirectedUrlPattern("/applied-controls/*"));
		mvc.perform(post(location + "/verifications").with(as(manager)).with(csrf()).param("result", "EFFECTIVE")
			.param("notes", "Restore test of 3 systems"))
			.andExpect(redirectedUrlPattern("/applied-controls/*"));
		assertThat(html(location, manager)).contains("Verified", "Backup concept", "Restore test of 3 systems")
			.doesNotContain("id=\"overdue\"");
		// The date as every other date in Ordo (not the locale's "12/4/26"), the result in words.
		assertThat(html(location, manager))
			.containsPattern("id=\"last-verification\">\\d{4}-\\d{2}-\\d{2} by [^<:]+: effective<");
		assertThat(html("/applied-controls/coverage", manager)).contains("A.8.13", "direct");
	}

	@Test
	void viewersReadButDoNotGetEditingControls() throws Exception {
		TestUser viewer = org.user(Role.VIEWER);
		assertThat(html("/applied-controls", viewer)).doesNotContain("Apply a control");
		mvc.perform(get("/applied-controls/00000000-0000-0000-0000-000000000001").with(as(viewer)))
			.andExpect(status().isNotFound());
	}

	@Test
	void applyingAControlTwiceShowsTheExistingOneNextToTheControlId() throws Exception {
		TestUser manager = org.user(Role.ISMS_MANAGER);
		String location = mvc.perform(post("/applied-controls").with(as(manager)).with(csrf())
			.param("catalog", "iso27001-2022").param("controlId", "A.5.15").param("status", "PLANNED"))
			.andExpect(redirectedUrlPattern("/applied-controls/*")).andReturn().getResponse().getRedirectedUrl();
		String again = mvc.perform(post("/applied-controls").with(as(manager)).with(csrf())
			.param("catalog", "iso27001-2022").param("controlId", "A.5.15").param("status", "IN_PROGRESS"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(again).containsPattern("id=\"controlId-error\"[^>]*><span>This control is already applied — open it<")
			.contains("id=\"existing-control\" href=\"" + location + "\"", "value=\"A.5.15\"");
		assertThat(html(location, manager)).contains("Planned");
	}
}
