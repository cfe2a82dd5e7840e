package dev.ordo.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.IntegrationTest;

/**
 * The risk criteria editor on the criteria page (ISO/IEC 27001 6.1.2 a): the ISMS manager changes scales, levels,
 * categories, matrix and threshold; existing ratings are re-mapped as through the API; the service's messages show
 * next to the fields; other members see no form and may not post it.
 */
class RiskCriteriaPageTest extends IntegrationTest {

	static final List<String> CONSEQUENCE = List.of("Negligible", "Minor", "Moderate", "Major", "Severe");

	static final List<String> LEVELS = List.of("Very low", "Low", "Medium", "High", "Very high");

	/** Ordo's default matrix, rows = likelihood 1..5. */
	static final List<List<Integer>> DEFAULT_MATRIX = List.of(List.of(1, 1, 2, 2, 2), List.of(1, 2, 2, 3, 3),
			List.of(2, 2, 3, 4, 4), List.of(2, 3, 4, 4, 5), List.of(3, 4, 4, 5, 5));

	TestOrg org;

	Api manager;

	@BeforeEach
	void setUp() {
		org = fixtures().organization("Criteria page");
		manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
	}

	private RequestPostProcessor as(TestUser user) {
		return authentication(OrdoAuthentication.of(fixtures().principal(user)));
	}

	/** A criteria form as the page posts it: the given scales, the grid as shown, threshold and reason. */
	static MockHttpServletRequestBuilder form(String path, List<String> likelihood, List<List<Integer>> matrix,
			String reason) {
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		scale(request, "likelihood", likelihood);
		scale(request, "consequence", CONSEQUENCE);
		scale(request, "riskLevels", LEVELS);
		request.param("consequenceCategories", "Financial\nLegal and regulatory\n\nReputational");
		request.param("matrixRows", Integer.toString(matrix.size()));
		request.param("matrixColumns", Integer.toString(matrix.get(0).size()));
		request.param("matrixLevels", Integer.toString(LEVELS.size()));
		for (int l = 0; l < matrix.size(); l++) {
			for (int c = 0; c < matrix.get(l).size(); c++) {
				request.param("matrix[" + l + "].cells[" + c + "]", matrix.get(l).get(c).toString());
			}
		}
		request.param("acceptanceThreshold", "2");
		if (reason != null) {
			request.param("reason", reason);
		}
		return request;
	}

	private static void scale(MockHttpServletRequestBuilder request, String field, List<String> names) {
		for (int i = 0; i < 7; i++) {
			request.param(field + "[" + i + "].name", i < names.size() ? names.get(i) : "");
			request.param(field + "[" + i + "].description", i < names.size() ? "about " + names.get(i) : "");
		}
	}

	private String riskRatedAt(int likelihood, int consequence) throws Exception {
		String id = Api.json(manager.post("/api/v1/risks", Map.of("title", "Ransomware", "kind", "EVENT_BASED",
				"scenario", "Files are encrypted", "ownerId", org.user(Role.ISMS_MANAGER).id().toString()))
			.andExpect(status().isCreated())).get("id").asString();
		manager.post("/api/v1/risks/" + id + "/ratings", Map.of("kind", "CURRENT", "likelihood", likelihood,
				"consequence", consequence, "reason", "first assessment")).andExpect(status().isOk());
		return id;
	}

	@Test
	void theManagerChangesTheScalesAndMatrixOnThePageAndRatingsAreReMapped() throws Exception {
		String risk = riskRatedAt(4, 2);
		String page = mvc.perform(get("/risks/criteria").with(as(org.user(Role.ISMS_MANAGER))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"criteria-form\"", "id=\"remap-warning\"", "Each re-mapped rating is recorded",
				"name=\"likelihood[6].name\"", "name=\"matrix[4].cells[4]\"", "name=\"acceptanceThreshold\"");

		// four likelihood levels: fitting the matrix keeps the form's values and gives a 4 × 5 grid, nothing saved
		List<String> four = List.of("Rare", "Possible", "Likely", "Almost certain");
		String fitted = mvc.perform(form("/risks/criteria/resize", four, DEFAULT_MATRIX, "")
			.with(as(org.user(Role.ISMS_MANAGER)))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(fitted).contains("name=\"matrixRows\" value=\"4\"", "name=\"matrix[3].cells[4]\"",
				"value=\"Almost certain\"").doesNotContain("name=\"matrix[4].cells[0]\"");
		manager.get("/api/v1/risk-criteria").andExpect(jsonPath("$.defaults").value(true));

		List<List<Integer>> matrix = List.of(List.of(1, 1, 2, 2, 2), List.of(1, 2, 2, 3, 3), List.of(2, 3, 4, 4, 5),
				List.of(3, 4, 4, 5, 5));
		mvc.perform(form("/risks/criteria", four, matrix, "fewer likelihood steps")
			.with(as(org.user(Role.ISMS_MANAGER)))).andExpect(redirectedUrl("/risks/criteria"));

		manager.get("/api/v1/risk-criteria").andExpect(jsonPath("$.defaults").value(false))
			.andExpect(jsonPath("$.likelihood.length()").value(4))
			.andExpect(jsonPath("$.likelihood[3].name").value("Almost certain"))
			.andExpect(jsonPath("$.likelihood[3].description").value("about Almost certain"))
			.andExpect(jsonPath("$.consequenceCategories.length()").value(3))
			.andExpect(jsonPath("$.matrix[2][4]").value(5))
			.andExpect(jsonPath("$.acceptanceThreshold").value(2));
		// likelihood 4 of 5 -> 3 of 4 (1 + round(3 × 3 / 4)); consequence 2 stays; matrix[2][1] = 3
		manager.get("/api/v1/risks/" + risk).andExpect(jsonPath("$.current.likelihood").value(3))
			.andExpect(jsonPath("$.current.consequence").value(2))
			.andExpect(jsonPath("$.current.level").value(3))
			.andExpect(jsonPath("$.history[0].reason").value(startsWith("Re-mapped")));
		assertThat(mvc.perform(get("/risks/criteria").with(as(org.user(Role.ISMS_MANAGER)))).andReturn()
			.getResponse().getContentAsString()).contains("name=\"matrixRows\" value=\"4\"", "Almost certain");
	}

	@Test
	void invalidCriteriaShowTheMessageNextToTheFieldAndChangeNothing() throws Exception {
		String risk = riskRatedAt(4, 2);
		var asManager = as(org.user(Role.ISMS_MANAGER));

		String twoLevels = mvc.perform(form("/risks/criteria", List.of("Low", "High"),
				List.of(List.of(1, 1, 2, 2, 2), List.of(2, 3, 4, 5, 5)), "two steps are enough").with(asManager))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(twoLevels).containsPattern("id=\"likelihood-error\"[^>]*>must have 3 to 7 levels")
			.contains("value=\"two steps are enough\"");

		String cannotFit = mvc.perform(form("/risks/criteria/resize", List.of("Low", "High"), DEFAULT_MATRIX, "")
			.with(asManager)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(cannotFit).containsPattern("id=\"likelihood-error\"[^>]*>must have 3 to 7 levels")
			.contains("name=\"matrixRows\" value=\"5\"");

		String blankName = mvc.perform(form("/risks/criteria", List.of("Rare", "", "Possible", "Likely", "Almost certain"),
				DEFAULT_MATRIX, "renamed").with(asManager)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(blankName).containsPattern("id=\"likelihood-error\"[^>]*>every level needs a name");

		String noReason = mvc.perform(form("/risks/criteria", List.of("Rare", "Unlikely", "Possible", "Likely",
				"Almost certain"), DEFAULT_MATRIX, " ").with(asManager)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(noReason).containsPattern("id=\"criteria-reason-error\"[^>]*>give a reason for the change");

		// a grid that no longer fits the scales is not saved as it is
		String notFitted = mvc.perform(form("/risks/criteria", List.of("Rare", "Possible", "Likely", "Almost certain"),
				DEFAULT_MATRIX, "fewer steps").with(asManager)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(notFitted).containsPattern("id=\"matrix-error\"[^>]*>the matrix was shown for 5 likelihood");

		String decreasing = mvc.perform(form("/risks/criteria", List.of("Rare", "Unlikely", "Possible", "Likely",
				"Almost certain"), List.of(List.of(5, 1, 2, 2, 2), List.of(1, 2, 2, 3, 3), List.of(2, 2, 3, 4, 4),
						List.of(2, 3, 4, 4, 5), List.of(3, 4, 4, 5, 5)), "odd matrix").with(asManager))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(decreasing).containsPattern("id=\"matrix-error\"[^>]*>a higher likelihood or consequence");

		manager.get("/api/v1/risk-criteria").andExpect(jsonPath("$.defaults").value(true))
			.andExpect(jsonPath("$.likelihood.length()").value(5));
		manager.get("/api/v1/risks/" + risk).andExpect(jsonPath("$.current.likelihood").value(4))
			.andExpect(jsonPath("$.history.length()").value(1));
	}

	@Test
	void viewersAndProcessOwnersSeeNoEditorAndMayNotPostIt() throws Exception {
		for (Role role : List.of(Role.VIEWER, Role.PROCESS_OWNER)) {
			TestUser user = org.user(role);
			String page = mvc.perform(get("/risks/criteria").with(as(user))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			assertThat(page).contains("Almost certain").doesNotContain("id=\"criteria-form\"");
			mvc.perform(form("/risks/criteria", List.of("Low", "Medium", "High"), List.of(List.of(1, 1, 2, 2, 2),
					List.of(1, 2, 2, 3, 3), List.of(2, 3, 4, 5, 5)), "mine now").with(as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(form("/risks/criteria/resize", List.of("Low", "Medium", "High"), DEFAULT_MATRIX, "")
				.with(as(user))).andExpect(status().isForbidden());
		}
		manager.get("/api/v1/risk-criteria").andExpect(jsonPath("$.defaults").value(true));
	}
}
