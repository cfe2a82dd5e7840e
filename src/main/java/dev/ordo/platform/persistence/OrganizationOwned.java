package dev.ordo.platform.persistence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.TenantId;

/**
 * Base of every entity that holds one organization's data.
 *
 * <p>The organization is bound centrally by Hibernate's tenant discriminator: it is set on insert from the current
 * organization and added to every query, so no repository method can forget it and a record of another organization
 * behaves exactly like a missing one.
 */
@MappedSuperclass
public abstract class OrganizationOwned {

	@TenantId
	@Column(name = "organization_id", nullable = false, updatable = false)
	private UUID organizationId;

	public UUID getOrganizationId() {
		return organizationId;
	}
}
