/**
 * TS 27022 8.2 Records control process: keeps documented information and records so they are available, protected
 * and retained (ISO/IEC 27001 7.5.3).
 *
 * <p>This first part keeps the audit trail: every change to organization data, who made it and when, recorded from
 * the {@link dev.ordo.shared.AuditableEvent}s all modules publish. It depends on no other module, so any module's
 * changes can be recorded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "8.2 Records control")
package dev.ordo.records;
