package dev.ordo.riskassessment.application;

import java.util.Map;
import java.util.UUID;

import dev.ordo.identity.MemberSummary;
import dev.ordo.identity.Role;
import dev.ordo.riskassessment.MemberRef;

/** Helpers for people referred to by risk-assessment records. */
final class Members {

	/** Who may change the inventory and the register. */
	static final String[] EDITORS = { Role.ISMS_MANAGER.name(), Role.PROCESS_OWNER.name() };

	private Members() {
	}

	static MemberRef ref(UUID id, Map<UUID, MemberSummary> members) {
		if (id == null) {
			return null;
		}
		MemberSummary m = members.get(id);
		return new MemberRef(id, m == null ? "former member" : m.displayName());
	}

	static String trimToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
