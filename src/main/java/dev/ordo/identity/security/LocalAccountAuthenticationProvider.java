package dev.ordo.identity.security;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import dev.ordo.identity.application.AccountService;
import dev.ordo.identity.application.Principals;
import dev.ordo.identity.domain.UserAccount;
import dev.ordo.shared.OrdoPrincipal;

/**
 * Signs a person in with their local account. Repeated failures lock the account for a while (throttling against
 * password guessing); an unknown user name costs the same time as a wrong password, so accounts cannot be probed.
 */
@Component
class LocalAccountAuthenticationProvider implements AuthenticationProvider {

	/** Sign-in outcomes, on their own logger so they can be routed to a security log (ISO/IEC 27001 A.8.15). */
	private static final Logger securityLog = LoggerFactory.getLogger("dev.ordo.security");

	private final AccountService accounts;

	private final Principals principals;

	private final Clock clock;

	LocalAccountAuthenticationProvider(AccountService accounts, Principals principals, Clock clock) {
		this.accounts = accounts;
		this.principals = principals;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		Optional<UserAccount> found = accounts.findByUsername(username);
		if (found.isEmpty()) {
			accounts.spendEquivalentTime(password);
			securityLog.info("sign-in failed: unknown user name");
			throw new BadCredentialsException("Invalid user name or password");
		}
		UserAccount account = found.get();
		if (account.isLocked(clock.instant())) {
			securityLog.info("sign-in refused: {} is locked until {}", account.getUsername(), account.getLockedUntil());
			throw new LockedException("Too many failed sign-ins: the account is locked for a while");
		}
		if (!account.isEnabled()) {
			securityLog.info("sign-in refused: {} is disabled", account.getUsername());
			throw new DisabledException("The account is disabled");
		}
		if (!accounts.passwordMatches(password, account)) {
			accounts.recordFailedLogin(account.getId());
			securityLog.info("sign-in failed: wrong password for {}", account.getUsername());
			throw new BadCredentialsException("Invalid user name or password");
		}
		accounts.recordSuccessfulLogin(account.getId());
		securityLog.info("signed in: {}", account.getUsername());
		OrdoPrincipal principal = principals.forUser(account.getId(), null)
			.orElseThrow(() -> new DisabledException("The account is disabled"));
		return OrdoAuthentication.of(principal);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
