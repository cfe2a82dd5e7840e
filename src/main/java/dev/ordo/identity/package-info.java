/**
 * Organizations, user accounts, memberships with their roles, and personal API tokens.
 *
 * <p>An organization is the unit that runs one ISMS (ISO/IEC 27001 4.3 scope); the roles held in it decide who may
 * do what (ISO/IEC 27001 5.3, organizational roles, responsibilities and authorities). A consultant is a member of
 * several organizations and switches between them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity (organizations, people, roles)")
package dev.ordo.identity;
