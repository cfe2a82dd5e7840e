package dev.ordo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;

import dev.ordo.support.Api;
import dev.ordo.support.Fixtures;
import dev.ordo.support.IntegrationTest;

/** Taking access away works at once, for sessions and for tokens. */
class AccessChangesTest extends IntegrationTest {

	@Test
	void aRoleChangeAppliesToAnOpenSession() throws Exception {
		var org = fixtures().organization("Role change");
		var viewer = org.user(Role.VIEWER);
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin("/login").user(viewer.username()).password(Fixtures.PASSWORD))
			.andReturn().getRequest().getSession();
		mvc.perform(get("/records/audit-trail").session(session)).andExpect(status().isForbidden());

		new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)))
			.put("/api/v1/members/" + viewer.id() + "/roles", Map.of("roles", List.of("AUDITOR")))
			.andExpect(status().isOk());
		mvc.perform(get("/records/audit-trail").session(session)).andExpect(status().isOk());
	}

	@Test
	void aRemovedMemberLosesAccessThroughSessionAndToken() throws Exception {
		var org = fixtures().organization("Removal");
		var leaver = org.user(Role.CONTRIBUTOR);
		Api leaverApi = new Api(mvc, fixtures().token(leaver));
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin("/login").user(leaver.username()).password(Fixtures.PASSWORD))
			.andReturn().getRequest().getSession();
		leaverApi.get("/api/v1/processes").andExpect(status().isOk());

		Api manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		manager.call(HttpMethod.DELETE, "/api/v1/members/" + org.user(Role.ISMS_MANAGER).id(), null)
			.andExpect(status().isBadRequest());
		manager.call(HttpMethod.DELETE, "/api/v1/members/" + leaver.id(), null).andExpect(status().isNoContent());

		leaverApi.get("/api/v1/processes").andExpect(status().isUnauthorized());
		manager.get("/api/v1/members/" + leaver.id()).andExpect(status().isNotFound());
		// The session no longer acts in the organization: nothing of it is shown.
		String members = mvc.perform(get("/members").session(session)).andReturn().getResponse()
			.getContentAsString();
		assertThat(members).doesNotContain(org.name());
	}

	/**
	 * The directory of members is kept between changes (MemberQueries): a role change, a removal, and a membership
	 * written straight through the repository, which publishes no event, each show on the next read.
	 */
	@Test
	void theMemberListShowsEveryChangeAtOnce() throws Exception {
		var org = fixtures().organization("Directory");
		var viewer = org.user(Role.VIEWER);
		Api manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		String viewerRoles = "$[?(@.userId == '" + viewer.id() + "')].roles[0]";
		manager.get("/api/v1/members").andExpect(jsonPath(viewerRoles).value("VIEWER"));
		manager.put("/api/v1/members/" + viewer.id() + "/roles", Map.of("roles", List.of("AUDITOR")))
			.andExpect(status().isOk());
		manager.get("/api/v1/members").andExpect(jsonPath(viewerRoles).value("AUDITOR"));

		var admin = fixtures().platformAdmin(org);
		manager.get("/api/v1/members").andExpect(jsonPath("$[?(@.userId == '" + admin.id() + "')]").exists());

		manager.call(HttpMethod.DELETE, "/api/v1/members/" + viewer.id(), null).andExpect(status().isNoContent());
		manager.get("/api/v1/members").andExpect(jsonPath("$[?(@.userId == '" + viewer.id() + "')]").doesNotExist());
	}

	@Test
	void aPlatformAdministratorDisablesAndEnablesAnAccount() throws Exception {
		var org = fixtures().organization("Accounts");
		var admin = fixtures().platformAdmin(org);
		var user = org.user(Role.PROCESS_OWNER);
		Api adminApi = new Api(mvc, fixtures().token(admin));
		Api userApi = new Api(mvc, fixtures().token(user));

		new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER))).get("/api/v1/admin/users")
			.andExpect(status().isForbidden());
		adminApi.get("/api/v1/admin/users?size=100").andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isArray());

		adminApi.post("/api/v1/admin/users/" + user.id() + "/disable", null).andExpect(status().isNoContent());
		userApi.get("/api/v1/me").andExpect(status().isUnauthorized());
		mvc.perform(formLogin("/login").user(user.username()).password(Fixtures.PASSWORD))
			.andExpect(unauthenticated());

		adminApi.post("/api/v1/admin/users/" + user.id() + "/password", Map.of("password", "short"))
			.andExpect(status().isBadRequest());
		adminApi.post("/api/v1/admin/users/" + user.id() + "/password", Map.of("password", "a brand new password"))
			.andExpect(status().isNoContent());
		mvc.perform(formLogin("/login").user(user.username()).password("a brand new password"))
			.andExpect(authenticated());
		userApi.get("/api/v1/me").andExpect(status().isOk());
		adminApi.post("/api/v1/admin/users/" + admin.id() + "/disable", null).andExpect(status().isBadRequest());
	}
}
