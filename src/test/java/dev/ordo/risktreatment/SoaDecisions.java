package dev.ordo.risktreatment;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.ordo.risktreatment.application.SoaService;
import dev.ordo.support.Api;

/**
 * Decides every control the data leaves undecided and states the scope of the ISMS, so that a test can submit a
 * Statement of Applicability (which is refused while a control is undecided or the scope is not stated): each
 * control is excluded with a justification, one decision per control, through the same API or service an ISMS
 * manager uses.
 */
public final class SoaDecisions {

	public static final String JUSTIFICATION = "Outside the scope of the test organization";

	public static final String SCOPE = "The test organization's office work: its people, laptops and cloud mail";

	private SoaDecisions() {
	}

	/** Through {@code PUT /api/v1/soa/controls/{id}/applicability}, as the ISMS manager {@code manager}. */
	public static int excludeUndecided(Api manager) throws Exception {
		JsonNode draft = Api.json(manager.get("/api/v1/soa/draft").andExpect(status().isOk()));
		int decided = 0;
		for (JsonNode row : draft.get("controls")) {
			if (!row.path("applicable").isBoolean()) {
				manager.put("/api/v1/soa/controls/" + row.get("controlId").asString() + "/applicability",
						Map.of("applicable", false, "justification", JUSTIFICATION)).andExpect(status().isOk());
				decided++;
			}
		}
		return decided;
	}

	/** States {@link #SCOPE} through {@code PUT /api/v1/soa/scope}, as the ISMS manager {@code manager}. */
	public static void stateScope(Api manager) throws Exception {
		manager.put("/api/v1/soa/scope", Map.of("statement", SCOPE)).andExpect(status().isOk());
	}

	/** States {@link #SCOPE} through the service, for a caller already acting as an ISMS manager. */
	public static void stateScope(SoaService soa) {
		soa.stateScope(new IsmsScopeRequest(SCOPE));
	}

	/** Through the service, for a caller already acting as an ISMS manager. */
	public static void excludeUndecided(SoaService soa, String catalog) {
		soa.draft(catalog).controls().stream().filter(e -> e.applicable() == null).forEach(
				e -> soa.decide(catalog, e.controlId(), new ApplicabilityRequest(false, JUSTIFICATION)));
	}
}
