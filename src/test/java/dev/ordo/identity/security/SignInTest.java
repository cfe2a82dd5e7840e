package dev.ordo.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.ordo.identity.Role;
import dev.ordo.support.Fixtures;
import dev.ordo.support.IntegrationTest;

class SignInTest extends IntegrationTest {

	@Test
	void signsInWithTheRightPasswordOnly() throws Exception {
		var user = fixtures().organization("Sign in").user(Role.VIEWER);
		mvc.perform(formLogin("/login").user(user.username()).password(Fixtures.PASSWORD))
			.andExpect(authenticated().withUsername(user.username()))
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/login").user(user.username()).password("wrong password here"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("nobody@ordo.test").password("whatever password"))
			.andExpect(unauthenticated());
	}

	@Test
	void locksTheAccountAfterRepeatedFailures() throws Exception {
		var user = fixtures().organization("Lockout").user(Role.CONTRIBUTOR);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(user.username()).password("guess " + i)).andExpect(unauthenticated());
		}
		// Even the right password is refused while the account is locked.
		var session = mvc.perform(formLogin("/login").user(user.username()).password(Fixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andReturn().getRequest().getSession();
		mvc.perform(get("/login").session((org.springframework.mock.web.MockHttpSession) session))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("locked")));
	}

	@Test
	void formsNeedTheCsrfToken() throws Exception {
		var user = fixtures().organization("Csrf").user(Role.ISMS_MANAGER);
		var auth = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.authentication(OrdoAuthentication.of(fixtures().principal(user)));
		mvc.perform(post("/account/tokens").param("name", "x").param("validDays", "5").with(auth))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/tokens").param("name", "x").param("validDays", "5").with(auth).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void pagesNeedSignInAndSendSecurityHeaders() throws Exception {
		mvc.perform(get("/processes")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	/**
	 * A browser that also calls the API with a token (a script in the same cookie jar, the API explorer) sends its
	 * session cookie along. The API must leave that session alone: it once gave the session a new id at every call,
	 * which signed out any client that did not take the new cookie.
	 */
	@Test
	void anApiCallLeavesTheBrowserSessionAlone() throws Exception {
		var user = fixtures().organization("Session and token").user(Role.VIEWER);
		var session = (org.springframework.mock.web.MockHttpSession) mvc
			.perform(formLogin("/login").user(user.username()).password(Fixtures.PASSWORD))
			.andExpect(authenticated())
			.andReturn().getRequest().getSession();
		String id = session.getId();
		var call = mvc.perform(get("/api/v1/me").session(session)
			.header("Authorization", "Bearer " + fixtures().token(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(session.getId()).isEqualTo(id);
		assertThat(call.getCookie("JSESSIONID")).isNull();
		mvc.perform(get("/processes").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void signingInIssuesANewSessionId() throws Exception {
		var user = fixtures().organization("Fixation").user(Role.VIEWER);
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String base = "http://localhost:" + port;
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String before = sessionId(cookies);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		String form = "username=" + user.username() + "&password=" + Fixtures.PASSWORD.replace(" ", "+") + "&_csrf="
				+ token.group(1);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		String after = sessionId(cookies);
		assertThat(before).isNotNull();
		assertThat(after).isNotNull().isNotEqualTo(before);
		HttpResponse<String> map = http.send(HttpRequest.newBuilder(URI.create(base + "/processes")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(map.statusCode()).isEqualTo(200);
		assertThat(map.body()).contains("ISMS process map");
	}

	private static String sessionId(CookieManager cookies) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue).findFirst().orElse(null);
	}
}
