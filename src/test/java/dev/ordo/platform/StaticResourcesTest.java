package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.support.IntegrationTest;

/**
 * Pages link their style sheets and scripts by names that carry a hash of the content, so browsers keep them for
 * a year and still get a changed file at once; the files are served to anyone (the sign-in page needs them).
 */
class StaticResourcesTest extends IntegrationTest {

	@Test
	void pagesLinkContentVersionedFilesThatBrowsersMayKeep() throws Exception {
		var org = fixtures().organization("Static");
		String html = mvc.perform(get("/processes")
			.with(authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.VIEWER))))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher links = Pattern.compile("(?:href|src)=\"(/(?:static|webjars)/[^\"]+)\"").matcher(html);
		List<String> files = new ArrayList<>();
		while (links.find()) {
			files.add(links.group(1));
		}
		assertThat(files).anyMatch(f -> f.matches("/static/css/ordo-[0-9a-f]{32}\\.css"))
			.anyMatch(f -> f.matches("/static/js/ordo-[0-9a-f]{32}\\.js"))
			.anyMatch(f -> f.contains("htmx"))
			// The tab's icon, so browsers do not ask for a /favicon.ico that is not there.
			.anyMatch(f -> f.matches("/static/img/ordo-[0-9a-f]{32}\\.svg"));
		assertThat(html).containsPattern("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"/static/img/ordo-");
		for (String file : files) {
			mvc.perform(get(file)).andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
		}
		// Page links are not static files: only /static/** and /webjars/** are looked up among them.
		assertThat(html).contains("href=\"/risks\"");
		// The versioned names are kept after the first look-up: the next page links the same files.
		String again = mvc.perform(get("/processes")
			.with(authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.VIEWER))))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		for (String file : files) {
			assertThat(again).contains(file);
		}
	}
}
