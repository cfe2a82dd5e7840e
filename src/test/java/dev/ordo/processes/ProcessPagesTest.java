package dev.ordo.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.IntegrationTest;

class ProcessPagesTest extends IntegrationTest {

	TestOrg org;

	@BeforeEach
	void setUp() {
		org = fixtures().organization("Pages");
	}

	private RequestPostProcessor as(TestUser user) {
		return authentication(OrdoAuthentication.of(fixtures().principal(user)));
	}

	@Test
	void theProcessMapShowsEveryProcessAndInteraction() throws Exception {
		String html = mvc.perform(get("/processes").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html.split("<g class=\"edge( inferred)?\"", -1)).hasSize(59);
		assertThat(html.split("class=\"node (management|core|support)", -1)).hasSize(18);
		assertThat(html).contains("Management process", "Core processes", "Support processes")
			.contains("href=\"/processes/risk-assessment\"")
			.contains("prioritised risk list with risk owners");
	}

	@Test
	void managersSeeTheProposalFormOthersDoNot() throws Exception {
		mvc.perform(get("/processes/risk-assessment").with(as(org.user(Role.ISMS_MANAGER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Propose change")))
			.andExpect(content().string(containsString("Information security risk assessment process")));
		mvc.perform(get("/processes/risk-assessment").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Propose change"))));
		mvc.perform(get("/processes/no-such-process").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isNotFound());
	}

	@Test
	void formErrorsAppearNextToTheirFields() throws Exception {
		String html = mvc.perform(post("/processes/improvement/tailoring").with(as(org.user(Role.ISMS_MANAGER)))
				.with(csrf()).param("applicable", "false").param("targetLevel", "2").param("justification", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("id=\"justification-error\"")
			.contains("is required when the process is not applicable")
			.contains("must be 0 for a process that is not applicable");
	}

	@Test
	void aProposalIsDecidedOnItsChangePage() throws Exception {
		String location = mvc.perform(post("/processes/awareness-competence/tailoring")
				.with(as(org.user(Role.ISMS_MANAGER))).with(csrf())
				.param("applicable", "true").param("targetLevel", "2")
				.param("ownerId", org.user(Role.PROCESS_OWNER).id().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/processes/tailoring-changes/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(as(org.user(Role.ISMS_MANAGER))))
			.andExpect(content().string(not(containsString("id=\"approve\""))));
		mvc.perform(get("/tasks").with(as(org.user(Role.TOP_MANAGEMENT))))
			.andExpect(content().string(containsString("Decide on tailoring of 7.8 Awareness &amp; competence")))
			// Offered to the role as people read it, not as the BPMN candidate group.
			.andExpect(content().string(containsString("<td>Top management</td>")))
			.andExpect(content().string(not(containsString("TOP_MANAGEMENT"))));
		mvc.perform(get(location).with(as(org.user(Role.TOP_MANAGEMENT))))
			.andExpect(content().string(containsString("id=\"approve\"")));
		mvc.perform(post(location + "/decision").with(as(org.user(Role.TOP_MANAGEMENT))).with(csrf())
				.param("approved", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is required when rejecting")));
		mvc.perform(post(location + "/decision").with(as(org.user(Role.TOP_MANAGEMENT))).with(csrf())
				.param("approved", "true").param("comment", "Go"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/processes/awareness-competence").with(as(org.user(Role.VIEWER))))
			.andExpect(content().string(containsString(org.user(Role.PROCESS_OWNER).displayName())));
	}
}
