package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import dev.ordo.identity.Role;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;

/** Problem details for request bodies the API cannot read, and for a change that lost a race with another one. */
class ApiProblemsTest extends IntegrationTest {

	Api manager;

	@BeforeEach
	void setUp() {
		TestOrg org = fixtures().organization("Problems");
		manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
	}

	@Test
	void aMemberOfTheWrongTypeIsNamedWithWhatItTakes() throws Exception {
		manager.post("/api/v1/risks", "{\"title\":\"Flood\",\"kind\":\"SCENARIO\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:ordo:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].message").value("must be one of ASSET_BASED, EVENT_BASED (was \"SCENARIO\")"));
		manager.post("/api/v1/assets", "{\"name\":\"CRM\",\"type\":\"SOFTWARE\",\"confidentiality\":\"high\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("confidentiality"))
			.andExpect(jsonPath("$.errors[0].message").value("must be a whole number (was \"high\")"));
	}

	@Test
	void aBodyThatIsNotJsonIsSaidToBeSo() throws Exception {
		manager.post("/api/v1/risks", "{\"title\": \"Flood\",")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Unreadable request"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The request body is not valid JSON")));
	}

	@Test
	void aChangeThatLostTheRaceOnTheVersionIsAConflictNotAServerError() {
		ProblemDetail problem = new ApiProblemHandler()
			.concurrentChange(new ObjectOptimisticLockingFailureException("Risk", UUID.randomUUID()));
		assertThat(problem.getStatus()).isEqualTo(HttpStatus.CONFLICT.value());
		assertThat(problem.getDetail()).contains("Someone else changed this record").contains("nothing of your change");
	}
}
