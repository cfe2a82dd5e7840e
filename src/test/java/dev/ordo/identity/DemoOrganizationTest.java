package dev.ordo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import dev.ordo.support.Api;

/**
 * First start on an empty database: the administrator, the demo organization with a person in each role, the
 * printed sign-in, and the bootstrap API token from {@code ORDO_ADMIN_API_TOKEN}. Runs on its own empty in-memory
 * database, whatever database the rest of the suite uses.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:first-start;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "ordo.demo.enabled=true", "ordo.admin.password=first start password",
		"ordo.admin.api-token=ordo_bootstrap-secret-for-automation-0001" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DemoOrganizationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void seedsTheDemoOrganizationAndPrintsHowToSignIn(CapturedOutput output) throws Exception {
		assertThat(output.getAll()).contains("Admin login: admin / (the password in ORDO_ADMIN_PASSWORD)")
			.contains("Demo organization 'Demo Corp'").contains("ciso@demo.example");
		mvc.perform(formLogin("/login").user("ceo@demo.example").password("first start password"))
			.andExpect(authenticated().withRoles("TOP_MANAGEMENT"));
		new Api(mvc, "ordo_bootstrap-secret-for-automation-0001").get("/api/v1/me")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("admin"))
			.andExpect(jsonPath("$.platformAdmin").value(true))
			.andExpect(jsonPath("$.organizationName").value("Demo Corp"));
		new Api(mvc, "ordo_bootstrap-secret-for-automation-0001").get("/api/v1/members")
			.andExpect(jsonPath("$.length()").value(7));
	}
}
