package dev.ordo.identity.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.ordo.identity.MembershipGranted;
import dev.ordo.identity.MembershipRevoked;
import dev.ordo.identity.UserAccountChanged;
import dev.ordo.identity.application.Principals;
import dev.ordo.shared.OrdoPrincipal;

/**
 * Keeps a signed-in session's roles current. The principal kept in the session is rebuilt from the membership when
 * roles or memberships changed on this node, and at least every {@link #MAX_AGE} in any case (other nodes), so a
 * person removed from an organization or disabled loses access without having to sign out.
 */
class PrincipalRefreshFilter extends OncePerRequestFilter {

	static final Duration MAX_AGE = Duration.ofSeconds(60);

	private static final String GENERATION = PrincipalRefreshFilter.class.getName() + ".generation";

	private static final String CHECKED_AT = PrincipalRefreshFilter.class.getName() + ".checkedAt";

	private final Generation generation;

	private final Principals principals;

	private final SecurityContextRepository contexts;

	private final Clock clock;

	PrincipalRefreshFilter(Generation generation, Principals principals, SecurityContextRepository contexts,
			Clock clock) {
		this.generation = generation;
		this.principals = principals;
		this.contexts = contexts;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && authentication != null && authentication.getPrincipal() instanceof OrdoPrincipal current
				&& isStale(session)) {
			var fresh = principals.forUser(current.userId(), current.organizationId())
				.or(() -> principals.forUser(current.userId(), null));
			if (fresh.isEmpty()) {
				SecurityContextHolder.clearContext();
				session.invalidate();
			}
			else {
				if (!fresh.get().equals(current)) {
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(OrdoAuthentication.of(fresh.get()));
					SecurityContextHolder.setContext(context);
					contexts.saveContext(context, request, response);
				}
				session.setAttribute(GENERATION, generation.get());
				session.setAttribute(CHECKED_AT, clock.millis());
			}
		}
		chain.doFilter(request, response);
	}

	private boolean isStale(HttpSession session) {
		Object seen = session.getAttribute(GENERATION);
		Object checkedAt = session.getAttribute(CHECKED_AT);
		return !(seen instanceof Long g && g == generation.get()) || !(checkedAt instanceof Long at)
				|| clock.millis() - at > MAX_AGE.toMillis();
	}

	/** Counts changes of memberships and accounts on this node; a session that saw an older count is re-read. */
	@Component
	static class Generation {

		private final AtomicLong value = new AtomicLong();

		@EventListener({ MembershipGranted.class, MembershipRevoked.class, UserAccountChanged.class })
		void membershipsChanged() {
			value.incrementAndGet();
		}

		long get() {
			return value.get();
		}
	}
}
