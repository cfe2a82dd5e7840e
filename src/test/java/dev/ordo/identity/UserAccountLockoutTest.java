package dev.ordo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.ordo.identity.domain.UserAccount;

class UserAccountLockoutTest {

	private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

	@Test
	void locksAfterTheConfiguredNumberOfFailuresInARow() {
		UserAccount account = new UserAccount("Alice@Example.org", "Alice", "{noop}x", false);
		for (int i = 0; i < 4; i++) {
			account.recordFailedLogin(5, Duration.ofMinutes(15), now);
		}
		assertThat(account.isLocked(now)).isFalse();
		account.recordFailedLogin(5, Duration.ofMinutes(15), now);
		assertThat(account.isLocked(now)).isTrue();
		assertThat(account.isLocked(now.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(account.isLocked(now.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void aSuccessfulSignInResetsTheCount() {
		UserAccount account = new UserAccount("bob", "Bob", "{noop}x", false);
		for (int i = 0; i < 4; i++) {
			account.recordFailedLogin(5, Duration.ofMinutes(15), now);
		}
		account.recordSuccessfulLogin();
		account.recordFailedLogin(5, Duration.ofMinutes(15), now);
		assertThat(account.isLocked(now)).isFalse();
		assertThat(account.getFailedLogins()).isEqualTo(1);
	}

	@Test
	void userNamesAreCaseInsensitive() {
		assertThat(new UserAccount(" Alice@Example.org ", "A", "x", false).getUsername()).isEqualTo("alice@example.org");
	}
}
