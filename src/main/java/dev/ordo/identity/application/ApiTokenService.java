package dev.ordo.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.ordo.identity.ApiTokenIssued;
import dev.ordo.identity.ApiTokenRevoked;
import dev.ordo.identity.domain.ApiToken;
import dev.ordo.identity.domain.ApiTokenRepository;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;
import dev.ordo.platform.persistence.OrganizationScope;

/**
 * Personal API tokens for {@code Authorization: Bearer} access. A token acts as its owner in the organization it was
 * issued in, with the roles the owner holds there at the time of each request.
 */
@Service
public class ApiTokenService {

	/** Prefix that makes an Ordo token recognizable to secret scanners. */
	public static final String PREFIX = "ordo_";

	static final Duration MAX_LIFETIME = Duration.ofDays(366);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final OrganizationScope scope;

	private final Clock clock;

	ApiTokenService(ApiTokenRepository tokens, ApplicationEventPublisher events, TransactionTemplate tx,
			OrganizationScope scope, Clock clock) {
		this.tokens = tokens;
		this.events = events;
		this.tx = tx;
		this.scope = scope;
		this.clock = clock;
	}

	/** A token as listed: never with its secret. */
	public record TokenView(UUID id, String name, String hint, Instant createdAt, Instant expiresAt,
			Instant revokedAt, Instant lastUsedAt, boolean active) {
	}

	/** A newly issued token: the only time its secret is seen. */
	public record IssuedToken(TokenView token, String secret) {
	}

	/** Who a presented token belongs to. */
	public record TokenOwner(UUID tokenId, UUID userId, UUID organizationId) {
	}

	public IssuedToken issue(String name, Integer validDays) {
		OrdoPrincipal actor = CurrentActor.require();
		new InvalidInput.Collector()
			.rejectIf(name == null || name.isBlank() || name.length() > 100, "name", "must have 1 to 100 characters")
			.rejectIf(validDays == null || validDays < 1 || validDays > MAX_LIFETIME.toDays(), "validDays",
					"must be between 1 and " + MAX_LIFETIME.toDays())
			.throwIfAny();
		return issueFor(actor.userId(), name.trim(), clock.instant().plus(Duration.ofDays(validDays)), newSecret());
	}

	/**
	 * Issues a token with a secret chosen by the operator (bootstrap automation), in the organization bound to the
	 * current thread.
	 */
	public IssuedToken issueWithSecret(UUID userId, String name, Instant expiresAt, String secret) {
		if (secret == null || secret.length() < 20) {
			throw InvalidInput.of("secret", "must have at least 20 characters");
		}
		return issueFor(userId, name, expiresAt, secret);
	}

	private IssuedToken issueFor(UUID userId, String name, Instant expiresAt, String secret) {
		String hash = hash(secret);
		// Tokens are unique across organizations, so the look-up must not be narrowed to the current one.
		if (scope.asSystem(() -> tokens.findByTokenHash(hash)).isPresent()) {
			throw InvalidInput.of("secret", "is already in use");
		}
		return tx.execute(status -> {
			ApiToken token = tokens.save(new ApiToken(userId, name, hash, hint(secret), expiresAt));
			events.publishEvent(new ApiTokenIssued(CurrentActor.organizationId(), token.getId(), name, expiresAt,
					CurrentActor.userIdOrNull()));
			return new IssuedToken(view(token), secret);
		});
	}

	public List<TokenView> mine() {
		UUID userId = CurrentActor.require().userId();
		return tx.execute(status -> tokens.findAllByUserIdOrderByCreatedAtDesc(userId).stream()
			.map(this::view).toList());
	}

	public void revoke(UUID tokenId) {
		OrdoPrincipal actor = CurrentActor.require();
		tx.executeWithoutResult(status -> {
			ApiToken token = tokens.findById(tokenId).filter(t -> t.getUserId().equals(actor.userId()))
				.orElseThrow(() -> new NotFound("API token", tokenId));
			if (token.getRevokedAt() == null) {
				token.revoke(clock.instant());
				events.publishEvent(new ApiTokenRevoked(CurrentActor.organizationId(), token.getId(), token.getName(),
						actor.userId()));
			}
		});
	}

	/** Resolves a presented secret to its owner, if the token exists, is not revoked and has not expired. */
	public Optional<TokenOwner> authenticate(String secret) {
		if (secret == null || secret.isBlank()) {
			return Optional.empty();
		}
		String hash = hash(secret);
		Instant now = clock.instant();
		return scope.asSystem(() -> tokens.findByTokenHash(hash)
			.filter(t -> t.isActive(now))
			.map(t -> {
				t.touch(now);
				return new TokenOwner(t.getId(), t.getUserId(), t.getOrganizationId());
			}));
	}

	private TokenView view(ApiToken t) {
		return new TokenView(t.getId(), t.getName(), t.getTokenHint(), t.getCreatedAt(), t.getExpiresAt(),
				t.getRevokedAt(), t.getLastUsedAt(), t.isActive(clock.instant()));
	}

	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hint(String secret) {
		return secret.substring(0, Math.min(9, secret.length())) + "…";
	}

	/** A stable, non-reversible key for a presented secret (the same hash that is stored). */
	public static String fingerprint(String secret) {
		return hash(secret);
	}

	static String hash(String secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
