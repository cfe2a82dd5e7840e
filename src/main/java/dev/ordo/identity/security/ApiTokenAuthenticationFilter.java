package dev.ordo.identity.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;


/**
 * Authenticates {@code Authorization: Bearer <token>} requests to the API. The roles come from the owner's current
 * membership, so a role taken away applies to tokens too.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private final TokenPrincipalCache principals;

	private final ProblemResponses problems;

	ApiTokenAuthenticationFilter(TokenPrincipalCache principals, ProblemResponses problems) {
		this.principals = principals;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var principal = principals.principalFor(header.substring(7).trim());
		if (principal.isEmpty()) {
			problems.write(response, 401, "Unauthorized", "The bearer token is unknown, expired or revoked");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(OrdoAuthentication.of(principal.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
