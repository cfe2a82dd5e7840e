package dev.ordo.shared;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Binds an organization to the current thread for work that runs outside a signed-in request: workflow delegates,
 * event listeners, start-up seeding. The persistence layer filters every organization-owned row by it.
 *
 * <p>{@link #SYSTEM} is the one value that lifts the filter; only platform-level code (sign-in, token look-up,
 * administration of organizations) uses it, and always through {@link #callAsSystem(Supplier)} so that the scope is
 * visibly bounded.
 */
public final class TenantContext {

	/** Marker that lifts the organization filter for platform-level work. */
	public static final UUID SYSTEM = new UUID(-1L, -1L);

	/** Marker used when no organization is known: matches no row. */
	public static final UUID NONE = new UUID(0L, 0L);

	private static final ThreadLocal<UUID> BOUND = new ThreadLocal<>();

	private TenantContext() {
	}

	/** The organization explicitly bound to this thread, or {@code null}. */
	public static UUID current() {
		UUID bound = BOUND.get();
		return SYSTEM.equals(bound) ? null : bound;
	}

	public static UUID boundOrNull() {
		return BOUND.get();
	}

	public static <T> T callAs(UUID organizationId, Supplier<T> work) {
		UUID previous = BOUND.get();
		BOUND.set(organizationId);
		try {
			return work.get();
		}
		finally {
			restore(previous);
		}
	}

	public static void runAs(UUID organizationId, Runnable work) {
		callAs(organizationId, () -> {
			work.run();
			return null;
		});
	}

	public static <T> T callAsSystem(Supplier<T> work) {
		return callAs(SYSTEM, work);
	}

	public static void runAsSystem(Runnable work) {
		runAs(SYSTEM, work);
	}

	private static void restore(UUID previous) {
		if (previous == null) {
			BOUND.remove();
		}
		else {
			BOUND.set(previous);
		}
	}
}
