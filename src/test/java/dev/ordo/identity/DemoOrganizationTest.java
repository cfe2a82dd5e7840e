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

import tools.jackson.databind.JsonNode;

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

	@Test
	void theDemoOrganizationHasARiskRegisterToTry() throws Exception {
		Api admin = new Api(mvc, "ordo_bootstrap-secret-for-automation-0001");
		admin.get("/api/v1/assets?size=50").andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(10));
		// The business process's availability need (3) is inherited by the hosting that carries its systems.
		String hosting = Api.json(admin.get("/api/v1/assets?q=hosting")).get("items").get(0).get("id").asString();
		admin.get("/api/v1/assets/" + hosting).andExpect(jsonPath("$.protection[2].goal").value("AVAILABILITY"))
			.andExpect(jsonPath("$.protection[2].effective").value(3));
		admin.get("/api/v1/risks?size=50").andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(12))
			// Prioritized: the three rated "High" now first, in title order.
			.andExpect(jsonPath("$.items[0].title").value("Invoices redirected by a phishing e-mail"))
			.andExpect(jsonPath("$.items[1].title").value("Key accountant leaves during year-end closing"))
			.andExpect(jsonPath("$.items[2].title").value("Ransomware encrypts the ERP"));
		admin.get("/api/v1/risks?kind=EVENT_BASED").andExpect(jsonPath("$.totalItems").value(2));
		String risk = Api.json(admin.get("/api/v1/risks?q=phishing")).get("items").get(0).get("id").asString();
		admin.get("/api/v1/risks/" + risk).andExpect(jsonPath("$.owner.displayName").value("Olga Owner"));
		// Risk treatment's part: controls selected, plan items (one overdue), an acceptance waiting for the owner.
		admin.get("/api/v1/risks/" + risk + "/treatment").andExpect(jsonPath("$.option").value("MODIFY"))
			.andExpect(jsonPath("$.controls.length()").value(2));
		String ransomware = Api.json(admin.get("/api/v1/risks?q=ransomware")).get("items").get(0).get("id")
			.asString();
		admin.get("/api/v1/risks/" + ransomware + "/acceptance").andExpect(jsonPath("$.status").value("REQUESTED"));
		JsonNode items = Api.json(admin.get("/api/v1/treatment-plan-items?size=50"));
		assertThat(items.get("totalItems").asInt()).isEqualTo(4);
		assertThat(items.get("items").findValues("overdue").stream().filter(JsonNode::asBoolean).count()).isEqualTo(1);
		admin.get("/api/v1/soa/draft").andExpect(status().isOk());
		JsonNode soa = Api.json(admin.get("/api/v1/soa/draft"));
		assertThat(soa.get("controls").findValuesAsString("controlId")).contains("A.8.7", "A.5.14");
		// The scope of the ISMS is stated, so that the SoA can be submitted once every control is decided.
		assertThat(soa.get("scopeStatement").asString()).contains("Demo Corp");
		admin.get("/api/v1/soa/scope").andExpect(jsonPath("$.updatedBy.displayName").isNotEmpty());
		// The risk processes have owners, proposed by the ISMS manager and approved by top management.
		admin.get("/api/v1/processes/risk-assessment")
			.andExpect(jsonPath("$.tailoring.owner.displayName").value("Clara Ciso"))
			.andExpect(jsonPath("$.tailoring.approvedBy.displayName").value("Carl Ceo"))
			.andExpect(jsonPath("$.tailoring.targetLevel").value(2));
		admin.get("/api/v1/processes/security-implementation-management")
			.andExpect(jsonPath("$.tailoring.owner.displayName").value("Olga Owner"));
		admin.get("/api/v1/processes/policy-management").andExpect(jsonPath("$.tailoring.owner").doesNotExist());
	}
}
