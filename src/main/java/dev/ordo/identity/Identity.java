package dev.ordo.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import dev.ordo.identity.application.MembershipService;

/**
 * What other modules may ask about people: the members of the current organization and their roles, e.g. to check
 * that a process owner (TS 27022: every process has an owner) is a member.
 */
@Service
public class Identity {

	private final MembershipService memberships;

	Identity(MembershipService memberships) {
		this.memberships = memberships;
	}

	public List<MemberSummary> members() {
		return memberships.members();
	}

	public Optional<MemberSummary> member(UUID userId) {
		return userId == null ? Optional.empty() : memberships.member(userId);
	}

	public boolean isMember(UUID userId) {
		return member(userId).isPresent();
	}

	public Map<UUID, MemberSummary> membersById() {
		return members().stream().collect(Collectors.toMap(MemberSummary::userId, Function.identity()));
	}
}
