package dev.ordo.riskassessment.application;

import java.util.HashMap;
import java.util.Locale;
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

	/** Members by lower-case user name (the sign-in name, an e-mail address), for imports. */
	static Map<String, UUID> byUsername(Map<UUID, MemberSummary> members) {
		Map<String, UUID> byName = new HashMap<>();
		members.values().forEach(m -> byName.put(m.username().toLowerCase(Locale.ROOT), m.userId()));
		return byName;
	}

	/** The member named {@code text} in an import cell, {@code null} when empty; a message in {@code errors} if unknown. */
	static UUID byName(String text, Map<String, UUID> byUsername, String column, Map<String, String> errors) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		UUID id = byUsername.get(text.toLowerCase(Locale.ROOT));
		if (id == null) {
			errors.put(column, "\"" + text + "\" is not a member of this organization");
		}
		return id;
	}

	static String trimToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
