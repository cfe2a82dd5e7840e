/**
 * The shell every process module runs in: binding of organization data to its organization (tenancy), the mapping
 * of errors to RFC 9457 problem details and form messages, the page layout, and the runtime's heap sized by use
 * ({@code IdleHeapPolicy}). It knows no ISMS process.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform (tenancy, errors, layout)")
package dev.ordo.platform;
