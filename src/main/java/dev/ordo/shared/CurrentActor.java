package dev.ordo.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads who is acting from the security context, so that every command can authorize on its first line and every
 * event can say who caused it.
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<OrdoPrincipal> principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof OrdoPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	/** The acting principal; fails with {@link AccessDenied} when nobody is signed in. */
	public static OrdoPrincipal require() {
		return principal().orElseThrow(() -> new AccessDenied("Sign-in required"));
	}

	/** The acting user id, or {@code null} for work the system does on its own (timers, start-up). */
	public static UUID userIdOrNull() {
		return principal().map(OrdoPrincipal::userId).orElse(null);
	}

	/**
	 * The organization the caller works in; fails when there is none, because organization data cannot be touched
	 * without one.
	 */
	public static UUID organizationId() {
		UUID bound = TenantContext.current();
		if (bound != null) {
			return bound;
		}
		return principal().map(OrdoPrincipal::organizationId)
			.orElseThrow(() -> new AccessDenied("No organization selected"));
	}

	/**
	 * Fails unless the caller holds one of the roles in the current organization.
	 */
	public static OrdoPrincipal requireRole(String... roles) {
		OrdoPrincipal principal = require();
		if (!principal.hasAnyRole(roles)) {
			throw new AccessDenied((roles.length == 1 ? "This needs the role " : "This needs one of the roles ")
					+ Arrays.stream(roles).map(CurrentActor::readable)
						.collect(Collectors.joining(", ")));
		}
		return principal;
	}

	/** A role as people read it, "ISMS manager" for {@code ISMS_MANAGER} (the identity module's labels agree). */
	static String readable(String role) {
		String words = Arrays.stream(role.split("_"))
			.map(w -> w.equals("ISMS") ? w : w.toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(" "));
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
