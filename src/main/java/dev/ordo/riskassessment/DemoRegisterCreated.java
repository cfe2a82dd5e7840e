package dev.ordo.riskassessment;

import java.util.Map;
import java.util.UUID;

/**
 * The demo organization's risk register was filled on first start (see {@code DemoOrganizationCreated} of the identity
 * module): the processes downstream of risk assessment (risk treatment, TS 27022 7.5) add their own demo records to
 * the risks it names. Published synchronously during start-up.
 *
 * @param organizationId the demo organization
 * @param ismsManagerId the demo's ISMS manager, who acts for the demo content
 * @param risksByTitle the demo risks by title
 */
public record DemoRegisterCreated(UUID organizationId, UUID ismsManagerId, Map<String, UUID> risksByTitle) {

	public DemoRegisterCreated {
		risksByTitle = Map.copyOf(risksByTitle);
	}
}
