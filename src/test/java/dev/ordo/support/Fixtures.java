package dev.ordo.support;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.ordo.identity.Role;
import dev.ordo.identity.application.AccountService;
import dev.ordo.identity.application.ApiTokenService;
import dev.ordo.identity.application.OrganizationService;
import dev.ordo.identity.application.Principals;
import dev.ordo.identity.domain.Membership;
import dev.ordo.identity.domain.MembershipRepository;
import dev.ordo.identity.domain.UserAccount;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.shared.OrdoPrincipal;
import dev.ordo.platform.persistence.OrganizationScope;

/**
 * Creates organizations with a person in each role, with unique names, so tests never depend on each other's data
 * or on what an earlier run left in a PostgreSQL database.
 */
public final class Fixtures {

	public static final String PASSWORD = "correct horse battery staple";

	private final ApplicationContext context;

	public Fixtures(ApplicationContext context) {
		this.context = context;
	}

	/** A person of a test organization. */
	public record TestUser(UUID id, String username, String displayName, Set<Role> roles, UUID organizationId) {
	}

	/**
	 * A test organization with one person per role; {@code lead}, who holds every role but top management; and
	 * {@code chair}, who is both ISMS manager and top management (to test the four-eyes rule).
	 */
	public record TestOrg(UUID id, String name, Map<Role, TestUser> byRole, TestUser lead, TestUser chair) {

		public TestUser user(Role role) {
			return byRole.get(role);
		}
	}

	/** The running application, for fixtures that call a module's services. */
	public ApplicationContext context() {
		return context;
	}

	public TestOrg organization(String prefix) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		OrganizationService organizations = context.getBean(OrganizationService.class);
		AccountService accounts = context.getBean(AccountService.class);
		MembershipRepository memberships = context.getBean(MembershipRepository.class);
		OrganizationScope scope = context.getBean(OrganizationScope.class);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.clearContext();
		try {
			var org = organizations.create(prefix + " " + suffix, null);
			Map<Role, TestUser> byRole = new EnumMap<>(Role.class);
			TestUser[] lead = new TestUser[2];
			scope.in(org.id(), () -> {
				for (Role role : Role.values()) {
					byRole.put(role, member(accounts, memberships, org.id(),
							prefix.toLowerCase().replace(' ', '-') + "-" + role.name().toLowerCase() + "-" + suffix,
							prefix + " " + role.label(), EnumSet.of(role)));
				}
				EnumSet<Role> all = EnumSet.allOf(Role.class);
				all.remove(Role.TOP_MANAGEMENT);
				lead[0] = member(accounts, memberships, org.id(), prefix.toLowerCase().replace(' ', '-') + "-lead-" + suffix,
						prefix + " Lead", all);
				lead[1] = member(accounts, memberships, org.id(), prefix.toLowerCase().replace(' ', '-') + "-chair-" + suffix,
						prefix + " Chair", EnumSet.of(Role.ISMS_MANAGER, Role.TOP_MANAGEMENT));
			});
			return new TestOrg(org.id(), org.name(), byRole, lead[0], lead[1]);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static TestUser member(AccountService accounts, MembershipRepository memberships, UUID orgId,
			String username, String displayName, Set<Role> roles) {
		UserAccount account = accounts.create(username + "@ordo.test", displayName, PASSWORD, false);
		memberships.save(new Membership(account.getId(), roles));
		return new TestUser(account.getId(), account.getUsername(), displayName, Set.copyOf(roles), orgId);
	}

	/** A platform administrator who is also ISMS manager of {@code org}. */
	public TestUser platformAdmin(TestOrg org) {
		AccountService accounts = context.getBean(AccountService.class);
		MembershipRepository memberships = context.getBean(MembershipRepository.class);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		return context.getBean(OrganizationScope.class).in(org.id(), () -> {
			UserAccount account = accounts.create("admin-" + suffix + "@ordo.test", "Admin " + suffix, PASSWORD, true);
			memberships.save(new Membership(account.getId(), EnumSet.of(Role.ISMS_MANAGER)));
			return new TestUser(account.getId(), account.getUsername(), account.getDisplayName(),
					Set.of(Role.ISMS_MANAGER), org.id());
		});
	}

	public OrdoPrincipal principal(TestUser user) {
		return context.getBean(Principals.class).forUser(user.id(), user.organizationId()).orElseThrow();
	}

	/** Runs {@code work} signed in as {@code user}, as a request of theirs would. */
	public <T> T as(TestUser user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(OrdoAuthentication.of(principal(user)));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public void as(TestUser user, Runnable work) {
		as(user, () -> {
			work.run();
			return null;
		});
	}

	/** A personal API token of {@code user}, for {@code Authorization: Bearer}. */
	public String token(TestUser user) {
		return as(user, () -> context.getBean(ApiTokenService.class).issue("test", 30).secret());
	}
}
