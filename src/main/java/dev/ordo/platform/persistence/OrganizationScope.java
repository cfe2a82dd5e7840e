package dev.ordo.platform.persistence;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.ordo.shared.TenantContext;

/**
 * Runs work in its own transaction for a given organization, or platform-wide.
 *
 * <p>Hibernate binds a session to the organization current when the session opens, so switching organizations
 * inside a running transaction would have no effect. This always starts a new transaction (suspending any running
 * one), which is what makes the switch real.
 */
@Component
public class OrganizationScope {

	private final TransactionTemplate requiresNew;

	OrganizationScope(PlatformTransactionManager transactions) {
		this.requiresNew = new TransactionTemplate(transactions);
		this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Platform-level work that must see every organization (sign-in, token look-up, organization admin). */
	public <T> T asSystem(Supplier<T> work) {
		return TenantContext.callAsSystem(() -> requiresNew.execute(status -> work.get()));
	}

	/** Work on one organization's data, e.g. from a timer or a listener that runs outside a request. */
	public <T> T in(UUID organizationId, Supplier<T> work) {
		return TenantContext.callAs(organizationId, () -> requiresNew.execute(status -> work.get()));
	}

	public void in(UUID organizationId, Runnable work) {
		in(organizationId, () -> {
			work.run();
			return null;
		});
	}
}
