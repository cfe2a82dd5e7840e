package dev.ordo.shared;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated person acting in Ordo, with the organization they currently work in and their roles there.
 *
 * <p>The organization is part of the principal because every piece of ISMS data belongs to exactly one
 * organization (ISO/IEC 27001 4.3: the scope of one ISMS); a consultant who serves several organizations switches
 * between them and gets a new principal each time.
 *
 * @param userId           the user account
 * @param username         login name
 * @param displayName      name shown to other people
 * @param organizationId   the organization acted in, {@code null} for a platform administrator without membership
 * @param organizationName its name, for display
 * @param roles            role names held in that organization
 * @param platformAdmin    whether the user manages organizations and user accounts platform-wide
 */
public record OrdoPrincipal(UUID userId, String username, String displayName, UUID organizationId,
		String organizationName, Set<String> roles, boolean platformAdmin) implements Principal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public OrdoPrincipal {
		roles = Set.copyOf(roles);
	}

	/** The login name, which is what logs and Spring Security's {@code Authentication.getName()} show. */
	@Override
	public String getName() {
		return username;
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	public boolean hasAnyRole(String... candidates) {
		for (String candidate : candidates) {
			if (roles.contains(candidate)) {
				return true;
			}
		}
		return false;
	}
}
