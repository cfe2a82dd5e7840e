package dev.ordo.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.ordo.identity.ApiTokenRevoked;
import dev.ordo.identity.MembershipGranted;
import dev.ordo.identity.MembershipRevoked;
import dev.ordo.identity.UserAccountChanged;
import dev.ordo.identity.application.ApiTokenService;
import dev.ordo.identity.application.Principals;
import dev.ordo.shared.OrdoPrincipal;

/**
 * Remembers, for a short while, whom a bearer token stands for, so an integration's burst of calls does not look up
 * the token, the account and the membership on every request. A revocation or a change of roles empties it at once;
 * otherwise an entry lives {@link #TTL}.
 */
@Component
class TokenPrincipalCache {

	static final Duration TTL = Duration.ofSeconds(30);

	private static final int MAX_ENTRIES = 10_000;

	private record Entry(OrdoPrincipal principal, Instant expiresAt) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final ApiTokenService tokens;

	private final Principals principals;

	private final Clock clock;

	TokenPrincipalCache(ApiTokenService tokens, Principals principals, Clock clock) {
		this.tokens = tokens;
		this.principals = principals;
		this.clock = clock;
	}

	Optional<OrdoPrincipal> principalFor(String secret) {
		Instant now = clock.instant();
		String key = ApiTokenService.fingerprint(secret);
		Entry entry = entries.get(key);
		if (entry != null && entry.expiresAt().isAfter(now)) {
			return Optional.of(entry.principal());
		}
		Optional<OrdoPrincipal> principal = tokens.authenticate(secret)
			.flatMap(owner -> principals.forUser(owner.userId(), owner.organizationId()));
		if (principal.isPresent()) {
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
			}
			entries.put(key, new Entry(principal.get(), now.plus(TTL)));
		}
		else {
			entries.remove(key);
		}
		return principal;
	}

	@EventListener({ ApiTokenRevoked.class, MembershipGranted.class, MembershipRevoked.class,
			UserAccountChanged.class })
	void forgetAll() {
		entries.clear();
	}
}
