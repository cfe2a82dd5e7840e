package dev.ordo.records;

import java.util.List;

/**
 * A page of the audit trail, newest first (ISO/IEC 27001 7.5.3). Paged by position, not by number: {@code next} is
 * the cursor of the following (older) page, {@code null} on the last one. The trail only grows, so a reader
 * following the cursors sees every entry once, however many are written meanwhile, and a page deep in a trail of
 * millions of entries costs what the first one costs.
 */
public record AuditTrailPage(List<AuditTrailEntryView> items, int size, String next) {
}
