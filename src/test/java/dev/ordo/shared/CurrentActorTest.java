package dev.ordo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.ordo.identity.Role;

/** A refusal names the roles as people read them, the same names the identity module shows. */
class CurrentActorTest {

	@Test
	void rolesReadAsTheirLabels() {
		for (Role role : Role.values()) {
			assertThat(CurrentActor.readable(role.name())).as(role.name()).isEqualTo(role.label());
		}
	}
}
