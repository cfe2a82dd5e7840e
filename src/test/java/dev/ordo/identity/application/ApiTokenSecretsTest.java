package dev.ordo.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ApiTokenSecretsTest {

	@Test
	void secretsAreRandomPrefixedAndLongEnough() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String secret = ApiTokenService.newSecret();
			assertThat(secret).startsWith("ordo_").hasSizeGreaterThanOrEqualTo(40);
			assertThat(seen.add(secret)).isTrue();
		}
	}

	@Test
	void onlyAHashAndAShortHintAreKept() {
		String secret = "ordo_abcdefghijklmnopqrstuvwxyz0123456789";
		assertThat(ApiTokenService.hash(secret)).hasSize(64).doesNotContain("abcdefgh")
			.isEqualTo(ApiTokenService.hash(secret));
		assertThat(ApiTokenService.hint(secret)).isEqualTo("ordo_abcd…");
	}
}
