package dev.ordo.processes.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ordo.identity.MemberSummary;
import dev.ordo.identity.Role;
import dev.ordo.processes.TailoringRequest;
import dev.ordo.shared.InvalidInput;

class TailoringRulesTest {

	private final UUID alice = UUID.randomUUID();

	private final UUID bob = UUID.randomUUID();

	private final Map<UUID, MemberSummary> members = Map.of(
			alice, new MemberSummary(alice, "alice", "Alice", Set.of(Role.PROCESS_OWNER)),
			bob, new MemberSummary(bob, "bob", "Bob", Set.of(Role.CONTRIBUTOR)));

	private Map<String, String> errors(TailoringRequest request) {
		try {
			TailoringService.validate(request, members);
			return Map.of();
		}
		catch (InvalidInput invalid) {
			return invalid.fieldErrors();
		}
	}

	@Test
	void acceptsAValidTailoring() {
		assertThat(errors(new TailoringRequest(true, null, alice, List.of(bob), 3, "notes", "why"))).isEmpty();
	}

	@Test
	void aProcessThatDoesNotApplyNeedsAJustificationAndLevelZero() {
		assertThat(errors(new TailoringRequest(false, " ", null, List.of(), 2, null, null)))
			.containsKeys("justification", "targetLevel");
		assertThat(errors(new TailoringRequest(false, "We outsource nothing", null, List.of(), 0, null, null)))
			.isEmpty();
	}

	@Test
	void targetLevelIsAnIso33020CapabilityLevel() {
		assertThat(errors(new TailoringRequest(true, null, null, null, 6, null, null))).containsKey("targetLevel");
		assertThat(errors(new TailoringRequest(true, null, null, null, -1, null, null))).containsKey("targetLevel");
		assertThat(errors(new TailoringRequest(true, null, null, null, null, null, null))).containsKey("targetLevel");
	}

	@Test
	void ownerAndDeputiesMustBeMembersAndDistinct() {
		UUID stranger = UUID.randomUUID();
		assertThat(errors(new TailoringRequest(true, null, stranger, List.of(), 1, null, null))).containsKey("ownerId");
		assertThat(errors(new TailoringRequest(true, null, alice, List.of(stranger), 1, null, null)))
			.containsKey("deputyIds");
		assertThat(errors(new TailoringRequest(true, null, alice, List.of(alice), 1, null, null)))
			.containsEntry("deputyIds", "must not include the owner");
	}

	@Test
	void reportsEveryProblemAtOnce() {
		assertThatThrownBy(() -> TailoringService.validate(new TailoringRequest(null, null, UUID.randomUUID(), null,
				9, "x".repeat(4001), null), members))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
				.containsKeys("applicable", "targetLevel", "ownerId", "notes"));
	}
}
