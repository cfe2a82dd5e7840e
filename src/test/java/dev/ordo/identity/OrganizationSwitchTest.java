package dev.ordo.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import dev.ordo.identity.domain.Membership;
import dev.ordo.identity.domain.MembershipRepository;
import dev.ordo.platform.persistence.OrganizationScope;
import dev.ordo.support.Fixtures;
import dev.ordo.support.IntegrationTest;

/** The consultant case: one person, several client organizations, one at a time. */
class OrganizationSwitchTest extends IntegrationTest {

	@Test
	void aConsultantSwitchesBetweenTheirOrganizations() throws Exception {
		var first = fixtures().organization("Client One");
		var second = fixtures().organization("Client Two");
		var consultant = first.user(Role.ISMS_MANAGER);
		context.getBean(OrganizationScope.class).in(second.id(), () -> {
			context.getBean(MembershipRepository.class).save(new Membership(consultant.id(), EnumSet.of(Role.AUDITOR)));
		});

		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin("/login").user(consultant.username()).password(Fixtures.PASSWORD))
			.andReturn().getRequest().getSession();
		mvc.perform(get("/members").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString(first.name())))
			.andExpect(content().string(containsString(second.name())));

		mvc.perform(post("/organizations/switch").param("organizationId", second.id().toString()).session(session)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/members").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("People of <span>" + second.name())))
			.andExpect(content().string(containsString(second.user(Role.VIEWER).displayName())))
			.andExpect(content().string(not(containsString(first.user(Role.VIEWER).displayName()))));

		// An organization one does not belong to cannot be switched to.
		var stranger = fixtures().organization("Not a client");
		mvc.perform(post("/organizations/switch").param("organizationId", stranger.id().toString()).session(session)
			.with(csrf())).andExpect(status().isNotFound());

		// The switcher's organizations are kept between changes: a membership granted later shows on the next page.
		context.getBean(OrganizationScope.class).in(stranger.id(), () -> {
			context.getBean(MembershipRepository.class).save(new Membership(consultant.id(), EnumSet.of(Role.AUDITOR)));
		});
		mvc.perform(get("/members").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString(stranger.name())));
	}
}
