package dev.ordo.riskassessment;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/**
 * Assets were imported from a CSV or XLSX file (ISO/IEC 27001 6.1.2, TS 27022 7.4). One event per import, not per
 * row, also for the assets a re-imported file updates: the audit trail gets one entry with the counts, and a large
 * import does not write thousands of trail rows.
 *
 * @param organizationId the organization
 * @param file           the file name as uploaded (or "api" when the body had none)
 * @param imported       rows taken as new assets
 * @param updated        rows that changed the existing asset they name by id (a re-imported export); unchanged
 *                       rows are not counted, nothing was written for them
 * @param rejected       rows refused (listed in the import's report)
 * @param actorId        who imported
 */
public record AssetsImported(UUID organizationId, String file, int imported, int updated, int rejected,
		UUID actorId)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "asset-import";
	}

	@Override
	public String subjectId() {
		return file.length() > 100 ? file.substring(0, 100) : file;
	}

	@Override
	public String summary() {
		return imported + " assets imported" + (updated > 0 ? ", " + updated + " updated" : "") + " from " + file
				+ (rejected > 0 ? ", " + rejected + " row(s) rejected" : "");
	}
}
