package dev.ordo.identity.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import dev.ordo.shared.OrdoPrincipal;

/** Builds the authentication that carries an {@link OrdoPrincipal}, with its roles as authorities. */
public final class OrdoAuthentication {

	private OrdoAuthentication() {
	}

	public static UsernamePasswordAuthenticationToken of(OrdoPrincipal principal) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		principal.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
		if (principal.platformAdmin()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
		}
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
	}
}
