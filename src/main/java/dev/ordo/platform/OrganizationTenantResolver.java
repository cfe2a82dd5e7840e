package dev.ordo.platform;

import java.util.Map;
import java.util.UUID;

import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.OrdoPrincipal;
import dev.ordo.shared.TenantContext;

/**
 * Tells Hibernate which organization the current unit of work belongs to: the one bound to the thread, else the
 * signed-in principal's. Without either it answers {@link TenantContext#NONE}, which matches no row, so a code path
 * that forgot to bind an organization sees nothing rather than everything.
 */
@Component
class OrganizationTenantResolver implements CurrentTenantIdentifierResolver<UUID>, HibernatePropertiesCustomizer {

	@Override
	public UUID resolveCurrentTenantIdentifier() {
		UUID bound = TenantContext.boundOrNull();
		if (bound != null) {
			return bound;
		}
		return CurrentActor.principal()
			.map(OrdoPrincipal::organizationId)
			.orElse(TenantContext.NONE);
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return false;
	}

	@Override
	public boolean isRoot(UUID tenantId) {
		return TenantContext.SYSTEM.equals(tenantId);
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
	}
}
