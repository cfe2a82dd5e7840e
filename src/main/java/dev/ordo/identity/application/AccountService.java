package dev.ordo.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.identity.domain.UserAccount;
import dev.ordo.identity.domain.UserAccountRepository;
import dev.ordo.shared.InvalidInput;

/** Local accounts: creation with a policy-checked password, and the failed-sign-in counter behind the lockout. */
@Service
public class AccountService {

	static final int MIN_PASSWORD_LENGTH = 12;

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final int maxFailures;

	private final Duration lockout;

	private final Clock clock;

	AccountService(UserAccountRepository accounts, PasswordEncoder encoder,
			@Value("${ordo.security.max-failed-logins:5}") int maxFailures,
			@Value("${ordo.security.lockout-duration:15m}") Duration lockout, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> findByUsername(String username) {
		return accounts.findByUsername(UserAccount.normalize(username));
	}

	@Transactional
	public UserAccount create(String username, String displayName, String password, boolean platformAdmin) {
		new InvalidInput.Collector()
			.rejectIf(username == null || !username.matches("^[^\\s@]+(@[^\\s@]+)?$") || username.length() > 200,
					"username", "must be a user name or an e-mail address without spaces")
			.rejectIf(displayName == null || displayName.isBlank(), "displayName", "must not be blank")
			.rejectIf(password == null || password.length() < MIN_PASSWORD_LENGTH, "password",
					"must have at least " + MIN_PASSWORD_LENGTH + " characters")
			.throwIfAny();
		if (accounts.findByUsername(UserAccount.normalize(username)).isPresent()) {
			throw InvalidInput.of("username", "is already taken");
		}
		return accounts.save(new UserAccount(username, displayName.trim(), encoder.encode(password), platformAdmin));
	}

	@Transactional
	public void recordFailedLogin(UUID userId) {
		accounts.findById(userId).ifPresent(a -> a.recordFailedLogin(maxFailures, lockout, clock.instant()));
	}

	@Transactional
	public void recordSuccessfulLogin(UUID userId) {
		accounts.findById(userId).ifPresent(UserAccount::recordSuccessfulLogin);
	}

	@Transactional
	public void rememberOrganization(UUID userId, UUID organizationId) {
		accounts.findById(userId).ifPresent(a -> a.rememberOrganization(organizationId));
	}

	public boolean passwordMatches(String raw, UserAccount account) {
		return encoder.matches(raw, account.getPasswordHash());
	}

	/** Spends the time of a real hash check, so a missing account cannot be told from a wrong password. */
	public void spendEquivalentTime(String raw) {
		encoder.matches(raw, DUMMY_HASH);
	}

	private static final String DUMMY_HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3.3tGfTf0wO0Z3Hk5hHPrvS";
}
