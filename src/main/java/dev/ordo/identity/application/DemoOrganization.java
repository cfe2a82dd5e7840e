package dev.ordo.identity.application;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.ordo.identity.DemoOrganizationCreated;
import dev.ordo.identity.MembershipGranted;
import dev.ordo.identity.OrganizationSummary;
import dev.ordo.identity.Role;
import dev.ordo.identity.domain.Membership;
import dev.ordo.identity.domain.MembershipRepository;
import dev.ordo.identity.domain.UserAccount;
import dev.ordo.identity.domain.UserAccountRepository;
import dev.ordo.platform.persistence.OrganizationScope;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.TenantContext;

/**
 * First start: creates the platform administrator and, unless switched off, the demo organization "Demo Corp" with
 * a person in each role, and prints how to sign in. With {@code ORDO_ADMIN_API_TOKEN} set, it also makes sure an
 * admin API token with that secret exists, for automation.
 */
@Component
@Order(0)
class DemoOrganization implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

	static final String DEMO_NAME = "Demo Corp";

	/** Demo people: user name, display name, roles. */
	static final List<Object[]> DEMO_PEOPLE = List.of(
			new Object[] { "ciso@demo.example", "Clara Ciso", EnumSet.of(Role.ISMS_MANAGER, Role.PROCESS_OWNER) },
			new Object[] { "ceo@demo.example", "Carl Ceo", EnumSet.of(Role.TOP_MANAGEMENT) },
			new Object[] { "owner@demo.example", "Olga Owner", EnumSet.of(Role.PROCESS_OWNER, Role.CONTRIBUTOR) },
			new Object[] { "staff@demo.example", "Sam Staff", EnumSet.of(Role.CONTRIBUTOR) },
			new Object[] { "auditor@demo.example", "Ada Auditor", EnumSet.of(Role.AUDITOR) },
			new Object[] { "viewer@demo.example", "Vic Viewer", EnumSet.of(Role.VIEWER) });

	private final UserAccountRepository accounts;

	private final MembershipRepository memberships;

	private final AccountService accountService;

	private final OrganizationService organizations;

	private final ApiTokenService tokens;

	private final OrganizationScope scope;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final Environment environment;

	private final boolean demo;

	private final String adminUsername;

	private final String adminPassword;

	private final String adminApiToken;

	DemoOrganization(UserAccountRepository accounts, MembershipRepository memberships, AccountService accountService,
			OrganizationService organizations, ApiTokenService tokens, OrganizationScope scope,
			org.springframework.context.ApplicationEventPublisher events, Environment environment,
			@Value("${ordo.demo.enabled:true}") boolean demo, @Value("${ordo.admin.username:admin}") String adminUsername,
			@Value("${ordo.admin.password:}") String adminPassword,
			@Value("${ordo.admin.api-token:}") String adminApiToken) {
		this.accounts = accounts;
		this.memberships = memberships;
		this.accountService = accountService;
		this.organizations = organizations;
		this.tokens = tokens;
		this.scope = scope;
		this.events = events;
		this.environment = environment;
		this.demo = demo;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
		this.adminApiToken = adminApiToken;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.count() == 0) {
			firstStart();
		}
		if (!adminApiToken.isBlank()) {
			ensureAdminToken();
		}
	}

	private void firstStart() {
		String password = adminPassword.isBlank() ? randomPassword() : adminPassword;
		UserAccount admin;
		try {
			admin = accountService.create(adminUsername, "Platform administrator", password, true);
		}
		catch (InvalidInput invalid) {
			// Said in the words of the setting the operator chose, not as a stack trace of a form's validation.
			throw new IllegalStateException("ORDO_ADMIN_PASSWORD (ordo.admin.password) is not usable: "
					+ String.join("; ", invalid.fieldErrors().values()), invalid);
		}
		StringBuilder banner = new StringBuilder()
			.append("\n\n  Ordo is ready. Sign in at http://localhost:")
			// The port the server listens on, however it was chosen (server.port, PORT, a command-line argument).
			.append(environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")))
			.append("\n  Admin login: ").append(admin.getUsername()).append(" / ")
			.append(adminPassword.isBlank() ? password : "(the password in ORDO_ADMIN_PASSWORD)");
		if (demo) {
			OrganizationSummary org = organizations.create(DEMO_NAME, admin.getId());
			java.util.UUID[] manager = new java.util.UUID[1];
			scope.in(org.id(), () -> {
				for (Object[] person : DEMO_PEOPLE) {
					@SuppressWarnings("unchecked")
					Set<Role> roles = (Set<Role>) person[2];
					UserAccount user = accountService.create((String) person[0], (String) person[1], password, false);
					memberships.save(new Membership(user.getId(), roles));
					events.publishEvent(new MembershipGranted(org.id(), user.getId(), user.getUsername(), roles, null));
					if (manager[0] == null && roles.contains(Role.ISMS_MANAGER)) {
						manager[0] = user.getId();
					}
				}
			});
			events.publishEvent(new DemoOrganizationCreated(org.id(), manager[0]));
			banner.append("\n  Demo organization '").append(DEMO_NAME).append("': the people below share that password");
			for (Object[] person : DEMO_PEOPLE) {
				banner.append("\n    ").append(person[0]).append("  ").append(person[2]);
			}
		}
		log.info("{}\n", banner);
	}

	private void ensureAdminToken() {
		UserAccount admin = accounts.findByUsername(UserAccount.normalize(adminUsername)).orElse(null);
		if (admin == null) {
			log.warn("ORDO_ADMIN_API_TOKEN is set but there is no user '{}'", adminUsername);
			return;
		}
		var owner = tokens.authenticate(adminApiToken);
		if (owner.isPresent()) {
			return;
		}
		var membership = scope.asSystem(() -> memberships.findAllByUserId(admin.getId())).stream().findFirst();
		if (membership.isEmpty()) {
			log.warn("ORDO_ADMIN_API_TOKEN is set but '{}' belongs to no organization", adminUsername);
			return;
		}
		TenantContext.runAs(membership.get().getOrganizationId(), () -> tokens.issueWithSecret(admin.getId(),
				"bootstrap (ORDO_ADMIN_API_TOKEN)", Instant.now().plus(365, ChronoUnit.DAYS), adminApiToken));
		log.info("Admin API token from ORDO_ADMIN_API_TOKEN registered");
	}

	private static String randomPassword() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return sb.toString();
	}
}
