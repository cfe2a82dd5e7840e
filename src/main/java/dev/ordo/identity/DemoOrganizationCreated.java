package dev.ordo.identity;

import java.util.UUID;

/**
 * The demo organization was created on Ordo's first start, with a person in each role. Process modules listen to it to
 * put demo records of their own in it (a risk register to try, for example), made through their ordinary services as
 * the demo's ISMS manager, so that the demo shows what Ordo does instead of empty pages. Published synchronously
 * during start-up, before the sign-in is printed.
 *
 * @param organizationId the demo organization
 * @param ismsManagerId the demo's ISMS manager, who acts for the demo content ({@link Identity#actAs})
 */
public record DemoOrganizationCreated(UUID organizationId, UUID ismsManagerId) {
}
