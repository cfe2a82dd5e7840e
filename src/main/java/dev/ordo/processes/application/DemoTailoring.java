package dev.ordo.processes.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.ordo.identity.DemoOrganizationCreated;
import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.identity.Role;
import dev.ordo.processes.TailoringRequest;

/**
 * Names owners for the demo's risk processes (TS 27022 7.4-7.6; ISO/IEC 27001:2022 5.3, roles and responsibilities),
 * so that a first look at the process map and the risk register shows who answers for them. Done the way an
 * organization does it: the ISMS manager proposes each tailoring, top management approves it through the BPMN
 * approval, and both are in the audit trail.
 */
@Component
class DemoTailoring {

	/** Process and the demo member who owns it. */
	static final String[][] OWNERS = { { "risk-assessment", "ciso@demo.example" },
			{ "risk-treatment", "ciso@demo.example" }, { "security-implementation-management", "owner@demo.example" } };

	private final Identity identity;

	private final TailoringService tailoring;

	DemoTailoring(Identity identity, TailoringService tailoring) {
		this.identity = identity;
		this.tailoring = tailoring;
	}

	@EventListener
	void on(DemoOrganizationCreated demo) {
		List<UUID> changes = new ArrayList<>();
		UUID[] approver = new UUID[1];
		identity.actAs(demo.organizationId(), demo.ismsManagerId(), () -> {
			List<MemberSummary> members = identity.members();
			Map<String, UUID> byUsername = members.stream()
				.collect(Collectors.toMap(MemberSummary::username, MemberSummary::userId));
			approver[0] = members.stream().filter(m -> m.roles().contains(Role.TOP_MANAGEMENT))
				.map(MemberSummary::userId).findFirst().orElse(null);
			for (String[] owner : OWNERS) {
				UUID ownerId = byUsername.get(owner[1]);
				if (ownerId != null) {
					changes.add(tailoring.propose(owner[0], new TailoringRequest(true, null, ownerId, List.of(), 2, null,
							"Owner named when the ISMS was set up")).id());
				}
			}
		});
		if (approver[0] != null) {
			identity.actAs(demo.organizationId(), approver[0],
					() -> changes.forEach(id -> tailoring.decide(id, true, "Agreed at the ISMS kick-off")));
		}
	}
}
