package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.support.IntegrationTest;

/**
 * The page engine's name repositories run on unfair locks ({@link TemplateEngineLocks}): Thymeleaf makes them fair,
 * and a fair lock that every page takes for its non-HTML attribute names queued the register's readers behind each
 * other under load (docs/performance.md).
 */
class TemplateEngineLocksTest extends IntegrationTest {

	@Test
	void thymeleafMakesItsLocksFairAndTheyAreReplacedByUnfairOnes() throws Exception {
		TemplateEngine plain = new SpringTemplateEngine();
		List<Object> repositories = TemplateEngineLocks.repositories(plain.getConfiguration());
		// Five template modes, attributes and elements: when Thymeleaf stops making them fair, this class can go.
		assertThat(repositories).hasSize(10);
		assertThat(repositories).allSatisfy(r -> assertThat(TemplateEngineLocks.fair(r)).isTrue());

		assertThat(TemplateEngineLocks.unfair(plain.getConfiguration())).isEqualTo(10);
		assertThat(repositories).allSatisfy(r -> assertThat(TemplateEngineLocks.fair(r)).isFalse());
	}

	@Test
	void theApplicationsEngineServesPagesOnUnfairLocks() throws Exception {
		SpringTemplateEngine engine = context.getBean(SpringTemplateEngine.class);
		assertThat(TemplateEngineLocks.repositories(engine.getConfiguration())).hasSize(10)
			.allSatisfy(r -> assertThat(TemplateEngineLocks.fair(r)).isFalse());
		var org = fixtures().organization("Template locks");
		// A page with names Thymeleaf does not know as HTML (aria-*), written under the replaced locks.
		String page = mvc.perform(get("/risks")
			.with(authentication(OrdoAuthentication.of(fixtures().principal(org.user(Role.VIEWER))))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("aria-current=\"true\"", "aria-label=");
	}
}
