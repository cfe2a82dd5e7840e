package dev.ordo.identity.application;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import dev.ordo.identity.OrganizationCreated;
import dev.ordo.identity.OrganizationSummary;
import dev.ordo.identity.Role;
import dev.ordo.identity.domain.MemberQueries;
import dev.ordo.identity.domain.Membership;
import dev.ordo.identity.domain.MembershipRepository;
import dev.ordo.identity.domain.Organization;
import dev.ordo.identity.domain.OrganizationRepository;
import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.platform.persistence.OrganizationScope;

/** Setting up organizations: platform administration, plus the list of one's own organizations for switching. */
@Service
public class OrganizationService {

	private final OrganizationRepository organizations;

	private final MembershipRepository memberships;

	private final ApplicationEventPublisher events;

	private final OrganizationScope scope;

	private final MemberQueries queries;

	OrganizationService(OrganizationRepository organizations, MembershipRepository memberships,
			ApplicationEventPublisher events, OrganizationScope scope, MemberQueries queries) {
		this.queries = queries;
		this.organizations = organizations;
		this.memberships = memberships;
		this.events = events;
		this.scope = scope;
	}

	/**
	 * Creates an organization with {@code firstManagerId} as its ISMS manager. Only a platform administrator may,
	 * or the system itself at start-up.
	 */
	public OrganizationSummary create(String name, UUID firstManagerId) {
		CurrentActor.principal().ifPresent(actor -> {
			if (!actor.platformAdmin()) {
				throw new AccessDenied("Only a platform administrator creates organizations");
			}
		});
		String trimmed = name == null ? "" : name.trim();
		new InvalidInput.Collector()
			.rejectIf(trimmed.isEmpty() || trimmed.length() > 200, "name", "must have 1 to 200 characters")
			.throwIfAny();
		Organization organization = scope.asSystem(() -> {
			if (organizations.findByNameIgnoreCase(trimmed).isPresent()) {
				throw InvalidInput.of("name", "is already used by another organization");
			}
			return organizations.save(new Organization(trimmed));
		});
		scope.in(organization.getId(), () -> {
			if (firstManagerId != null) {
				memberships.save(new Membership(firstManagerId, EnumSet.of(Role.ISMS_MANAGER)));
			}
			events.publishEvent(new OrganizationCreated(organization.getId(), organization.getName(),
					CurrentActor.userIdOrNull()));
		});
		return summary(organization);
	}

	/** Every organization; platform administrators only. */
	public List<OrganizationSummary> all() {
		if (!CurrentActor.require().platformAdmin()) {
			throw new AccessDenied("Only a platform administrator lists all organizations");
		}
		return scope.asSystem(() -> organizations.findAll(Sort.by("name"))
			.stream().map(OrganizationService::summary).toList());
	}

	/** Every organization's id, for scheduled work of the system (no person is signed in, so no role check). */
	public List<UUID> ids() {
		return scope.asSystem(() -> organizations.findAll(Sort.by("createdAt", "id")).stream().map(Organization::getId)
			.toList());
	}

	/** The organizations the signed-in person belongs to, for the switcher. */
	public List<OrganizationSummary> mine() {
		UUID userId = CurrentActor.require().userId();
		return queries.organizationsOf(userId).stream()
			.sorted(java.util.Comparator.comparing(OrganizationSummary::name)).toList();
	}

	static OrganizationSummary summary(Organization o) {
		return new OrganizationSummary(o.getId(), o.getName(), o.getCreatedAt());
	}
}
