package dev.ordo.identity.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.identity.MemberSummary;
import dev.ordo.identity.MembershipGranted;
import dev.ordo.identity.MembershipRevoked;
import dev.ordo.identity.Role;
import dev.ordo.identity.domain.MemberQueries;
import dev.ordo.identity.domain.Membership;
import dev.ordo.identity.domain.MembershipRepository;
import dev.ordo.identity.domain.UserAccount;
import dev.ordo.identity.domain.UserAccountRepository;
import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;

/** Members of the current organization and their roles. */
@Service
public class MembershipService {

	private final MembershipRepository memberships;

	private final UserAccountRepository accounts;

	private final AccountService accountService;

	private final ApplicationEventPublisher events;

	private final MemberQueries queries;

	MembershipService(MembershipRepository memberships, UserAccountRepository accounts, AccountService accountService,
			ApplicationEventPublisher events, MemberQueries queries) {
		this.queries = queries;
		this.memberships = memberships;
		this.accounts = accounts;
		this.accountService = accountService;
		this.events = events;
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<MemberSummary> members() {
		return queries.members(CurrentActor.organizationId()).stream()
			.sorted(Comparator.comparing(MemberSummary::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The given people, those of them who are members; one statement however many. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<MemberSummary> members(Collection<UUID> userIds) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		return queries.members(CurrentActor.organizationId(), userIds);
	}

	@Transactional(readOnly = true)
	public Optional<MemberSummary> member(UUID userId) {
		return memberships.findByUserId(userId)
			.flatMap(m -> accounts.findById(userId).map(u -> summary(m, u)));
	}

	/**
	 * Adds a person to the current organization with the given roles, creating their account when the user name is
	 * new (then a display name and an initial password are needed). ISMS managers and platform administrators only.
	 */
	@Transactional
	public MemberSummary add(String username, String displayName, String initialPassword, Set<Role> roles) {
		OrdoPrincipal actor = requireManager();
		if (roles == null || roles.isEmpty()) {
			throw InvalidInput.of("roles", "choose at least one role");
		}
		UserAccount user = accounts.findByUsername(UserAccount.normalize(username))
			.orElseGet(() -> accountService.create(username, displayName, initialPassword, false));
		if (memberships.findByUserId(user.getId()).isPresent()) {
			throw InvalidInput.of("username", "is already a member of this organization");
		}
		memberships.save(new Membership(user.getId(), roles));
		events.publishEvent(new MembershipGranted(CurrentActor.organizationId(), user.getId(), user.getUsername(),
				Set.copyOf(roles), actor.userId()));
		return new MemberSummary(user.getId(), user.getUsername(), user.getDisplayName(), Set.copyOf(roles));
	}

	@Transactional
	public MemberSummary changeRoles(UUID userId, Set<Role> roles) {
		OrdoPrincipal actor = requireManager();
		Membership membership = memberships.findByUserId(userId).orElseThrow(() -> new NotFound("Member", userId));
		if (roles == null || roles.isEmpty()) {
			throw InvalidInput.of("roles", "choose at least one role");
		}
		if (userId.equals(actor.userId()) && !roles.contains(Role.ISMS_MANAGER) && !actor.platformAdmin()) {
			throw InvalidInput.of("roles", "you cannot take the ISMS manager role from yourself");
		}
		membership.changeRoles(roles);
		UserAccount user = accounts.findById(userId).orElseThrow(() -> new NotFound("Member", userId));
		events.publishEvent(new MembershipGranted(CurrentActor.organizationId(), userId, user.getUsername(),
				Set.copyOf(roles), actor.userId()));
		return summary(membership, user);
	}

	/** Removes a person from the current organization. Their account stays; other memberships are unaffected. */
	@Transactional
	public void remove(UUID userId) {
		OrdoPrincipal actor = requireManager();
		Membership membership = memberships.findByUserId(userId).orElseThrow(() -> new NotFound("Member", userId));
		if (userId.equals(actor.userId())) {
			throw InvalidInput.of("userId", "you cannot remove yourself");
		}
		UserAccount user = accounts.findById(userId).orElseThrow(() -> new NotFound("Member", userId));
		memberships.delete(membership);
		events.publishEvent(new MembershipRevoked(CurrentActor.organizationId(), userId, user.getUsername(),
				actor.userId()));
	}

	private static OrdoPrincipal requireManager() {
		OrdoPrincipal actor = CurrentActor.require();
		if (!actor.platformAdmin() && !actor.hasRole(Role.ISMS_MANAGER.name())) {
			throw new AccessDenied("Only an ISMS manager manages members");
		}
		return actor;
	}

	private static MemberSummary summary(Membership m, UserAccount u) {
		return new MemberSummary(u.getId(), u.getUsername(), u.getDisplayName(), m.roles());
	}
}
