package dev.ordo.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import dev.ordo.identity.UserAccountChanged;
import dev.ordo.identity.domain.Membership;
import dev.ordo.identity.domain.MembershipRepository;
import dev.ordo.identity.domain.UserAccount;
import dev.ordo.identity.domain.UserAccountRepository;
import dev.ordo.platform.persistence.OrganizationScope;
import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;

/**
 * Platform administration of user accounts: list, disable and enable, reset a password. Every change is recorded in
 * the audit trail of each organization the person belongs to.
 */
@Service
public class UserAdministration {

	/** An account as the platform administrator sees it. */
	public record AccountView(UUID id, String username, String displayName, boolean platformAdmin, boolean enabled,
			Instant lockedUntil, int organizations) {
	}

	private final UserAccountRepository accounts;

	private final MembershipRepository memberships;

	private final PasswordEncoder encoder;

	private final OrganizationScope scope;

	private final ApplicationEventPublisher events;

	UserAdministration(UserAccountRepository accounts, MembershipRepository memberships, PasswordEncoder encoder,
			OrganizationScope scope, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.memberships = memberships;
		this.encoder = encoder;
		this.scope = scope;
		this.events = events;
	}

	public Page<AccountView> accounts(int page, int size) {
		requireAdmin();
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
				Sort.by("username"));
		return scope.asSystem(() -> {
			Page<UserAccount> found = accounts.findAll(request);
			List<UUID> ids = found.getContent().stream().map(UserAccount::getId).toList();
			var counts = memberships.findAllByUserIdIn(ids).stream()
				.collect(java.util.stream.Collectors.groupingBy(Membership::getUserId,
						java.util.stream.Collectors.counting()));
			return found.map(a -> new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.isPlatformAdmin(),
					a.isEnabled(), a.getLockedUntil(), counts.getOrDefault(a.getId(), 0L).intValue()));
		});
	}

	public void disable(UUID userId) {
		OrdoPrincipal admin = requireAdmin();
		if (userId.equals(admin.userId())) {
			throw InvalidInput.of("userId", "you cannot disable your own account");
		}
		change(userId, "disabled", UserAccount::disable);
	}

	public void enable(UUID userId) {
		requireAdmin();
		change(userId, "enabled (and unlocked)", UserAccount::enable);
	}

	public void resetPassword(UUID userId, String newPassword) {
		requireAdmin();
		if (newPassword == null || newPassword.length() < AccountService.MIN_PASSWORD_LENGTH) {
			throw InvalidInput.of("password", "must have at least " + AccountService.MIN_PASSWORD_LENGTH + " characters");
		}
		String hash = encoder.encode(newPassword);
		change(userId, "password reset", a -> {
			a.changePassword(hash);
			a.enable();
		});
	}

	private void change(UUID userId, String what, java.util.function.Consumer<UserAccount> change) {
		UUID actor = CurrentActor.require().userId();
		List<UUID> organizations = scope.asSystem(() -> {
			UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFound("User", userId));
			change.accept(account);
			return memberships.findAllByUserId(userId).stream().map(Membership::getOrganizationId).toList();
		});
		String username = scope.asSystem(() -> accounts.findById(userId).map(UserAccount::getUsername).orElse("?"));
		for (UUID organization : organizations) {
			scope.in(organization, () -> events.publishEvent(new UserAccountChanged(organization, userId, username,
					what, actor)));
		}
	}

	private static OrdoPrincipal requireAdmin() {
		OrdoPrincipal actor = CurrentActor.require();
		if (!actor.platformAdmin()) {
			throw new AccessDenied("Only a platform administrator manages user accounts");
		}
		return actor;
	}
}
