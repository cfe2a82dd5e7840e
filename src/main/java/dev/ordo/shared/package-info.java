/**
 * Value types shared by every module: the acting principal, the auditable-event contract and the errors that the
 * web layer maps to RFC 9457 problem details. No beans live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package dev.ordo.shared;
