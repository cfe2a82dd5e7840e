package dev.ordo.risktreatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import dev.ordo.identity.Role;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;

/** Closing a risk withdraws its pending acceptance of residual risk and ends the owner's decision (6.1.3 f, 8.2). */
class ClosedRiskAcceptanceTest extends IntegrationTest {

	@Test
	void closingARiskWithdrawsItsPendingAcceptance() throws Exception {
		TestOrg org = fixtures().organization("Closed risk acceptance");
		Api manager = new Api(mvc, fixtures().token(org.user(Role.ISMS_MANAGER)));
		Map<String, Object> risk = new HashMap<>();
		risk.put("title", "Customer data leaked by phishing");
		risk.put("kind", "EVENT_BASED");
		risk.put("scenario", "An employee falls for a phishing mail");
		risk.put("ownerId", org.user(Role.PROCESS_OWNER).id().toString());
		String riskId = Api.json(manager.post("/api/v1/risks", risk).andExpect(status().isCreated())).get("id")
			.asString();
		manager.post("/api/v1/risks/" + riskId + "/ratings", Map.of("kind", "RESIDUAL", "likelihood", 2,
				"consequence", 2, "reason", "after training")).andExpect(status().isOk());
		String instance = Api.json(manager.post("/api/v1/risks/" + riskId + "/acceptance", null)
			.andExpect(status().isAccepted())).get("workflowInstanceId").asString();

		manager.post("/api/v1/risks/" + riskId + "/close", Map.of("reason", "the process was given up"))
			.andExpect(status().isOk());

		String path = "/api/v1/risks/" + riskId + "/acceptance";
		for (int i = 0; i < 100
				&& !"WITHDRAWN".equals(Api.json(manager.get(path)).get("status").asString()); i++) {
			Thread.sleep(100);
		}
		manager.get(path).andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.withdrawalReason").value("the risk was closed: the process was given up"));
		assertThat(context.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(instance)
			.count()).isZero();
	}
}
