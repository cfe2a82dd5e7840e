package dev.ordo.identity.application;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import dev.ordo.identity.domain.Membership;
import dev.ordo.identity.domain.MembershipRepository;
import dev.ordo.identity.domain.Organization;
import dev.ordo.identity.domain.OrganizationRepository;
import dev.ordo.identity.domain.UserAccount;
import dev.ordo.identity.domain.UserAccountRepository;
import dev.ordo.shared.OrdoPrincipal;
import dev.ordo.platform.persistence.OrganizationScope;

/**
 * Builds the principal for a user acting in one of their organizations. Memberships of all organizations are read
 * in system scope, because choosing the organization is exactly what happens here.
 */
@Service
public class Principals {

	private final UserAccountRepository accounts;

	private final MembershipRepository memberships;

	private final OrganizationRepository organizations;

	private final OrganizationScope scope;

	Principals(UserAccountRepository accounts, MembershipRepository memberships, OrganizationRepository organizations,
			OrganizationScope scope) {
		this.accounts = accounts;
		this.memberships = memberships;
		this.organizations = organizations;
		this.scope = scope;
	}

	/**
	 * The principal of {@code userId} in {@code preferredOrganization} if they are a member there, else in the
	 * organization they used last, else in their first one.
	 */
	public Optional<OrdoPrincipal> forUser(UUID userId, UUID preferredOrganization) {
		return scope.asSystem(() -> {
			Optional<UserAccount> account = accounts.findById(userId).filter(UserAccount::isEnabled);
			if (account.isEmpty()) {
				return Optional.<OrdoPrincipal>empty();
			}
			UserAccount user = account.get();
			List<Membership> all = memberships.findAllByUserId(userId);
			Optional<Membership> chosen = pick(all, preferredOrganization)
				.or(() -> pick(all, user.getLastOrganizationId()))
				.or(() -> all.stream().min(Comparator.comparing(Membership::getOrganizationId)));
			// Asked for a particular organization (a token's, a switch target): no membership there, no principal.
			if (preferredOrganization != null
					&& (chosen.isEmpty() || !chosen.get().getOrganizationId().equals(preferredOrganization))) {
				return Optional.<OrdoPrincipal>empty();
			}
			return Optional.of(principal(user, chosen.orElse(null)));
		});
	}

	private OrdoPrincipal principal(UserAccount user, Membership membership) {
		if (membership == null) {
			return new OrdoPrincipal(user.getId(), user.getUsername(), user.getDisplayName(), null, null,
					java.util.Set.of(), user.isPlatformAdmin());
		}
		String orgName = organizations.findById(membership.getOrganizationId()).map(Organization::getName)
			.orElse("?");
		return new OrdoPrincipal(user.getId(), user.getUsername(), user.getDisplayName(),
				membership.getOrganizationId(), orgName,
				membership.roles().stream().map(Enum::name).collect(Collectors.toSet()), user.isPlatformAdmin());
	}

	private static Optional<Membership> pick(List<Membership> all, UUID organizationId) {
		if (organizationId == null) {
			return Optional.empty();
		}
		return all.stream().filter(m -> m.getOrganizationId().equals(organizationId)).findFirst();
	}
}
