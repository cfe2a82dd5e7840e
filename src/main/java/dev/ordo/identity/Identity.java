package dev.ordo.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import dev.ordo.identity.application.MembershipService;
import dev.ordo.identity.application.OrganizationService;
import dev.ordo.identity.application.Principals;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.OrdoPrincipal;
import dev.ordo.shared.TenantContext;

/**
 * What other modules may ask about people: the members of the current organization and their roles, e.g. to check
 * that a process owner (TS 27022: every process has an owner) is a member.
 */
@Service
public class Identity {

	private final MembershipService memberships;

	private final OrganizationService organizations;

	private final Principals principals;

	Identity(MembershipService memberships, OrganizationService organizations, Principals principals) {
		this.memberships = memberships;
		this.organizations = organizations;
		this.principals = principals;
	}

	/**
	 * Runs {@code work} as member {@code userId} of organization {@code organizationId}, signed in with their roles
	 * there, for work that people would do but the system does for them on their behalf (the demo content of
	 * {@link DemoOrganizationCreated}): every record and audit entry then names that person. Fails with
	 * {@link dev.ordo.shared.AccessDenied} when they are not a member. The caller's security context is restored.
	 */
	public void actAs(UUID organizationId, UUID userId, Runnable work) {
		OrdoPrincipal principal = principals.forUser(userId, organizationId)
			.orElseThrow(() -> new AccessDenied("Not a member of that organization"));
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext acting = SecurityContextHolder.createEmptyContext();
		acting.setAuthentication(OrdoAuthentication.of(principal));
		SecurityContextHolder.setContext(acting);
		try {
			TenantContext.runAs(organizationId, work);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * The ids of every organization, for platform-wide scheduled work that then runs in each organization's own
	 * scope (e.g. periodic risk reassessment, ISO/IEC 27001 8.2). Ids only: nothing about an organization leaks.
	 */
	public List<UUID> organizationIds() {
		return organizations.ids();
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

	/**
	 * The given people who are members, by user id: for a page of records that names its owners, so that a page of
	 * 50 reads at most 50 people, not the whole organization. {@code null}s are ignored.
	 */
	public Map<UUID, MemberSummary> membersById(Collection<UUID> userIds) {
		Set<UUID> wanted = userIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		return memberships.members(wanted).stream()
			.collect(Collectors.toMap(MemberSummary::userId, Function.identity()));
	}
}
