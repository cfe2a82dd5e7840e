package dev.ordo.frameworks;

import java.time.Instant;
import java.util.UUID;

/**
 * The state of an asynchronous catalog import, which the UI and API poll.
 *
 * @param progress a short line saying what the import is doing
 * @param catalogId the imported catalog once the import succeeded
 * @param error why the import failed; nothing was imported then
 */
public record CatalogImportView(UUID id, String fileName, Status status, String progress, String catalogId,
		String error, Instant startedAt, Instant finishedAt) {

	/** Where an import stands. */
	public enum Status {
		QUEUED, RUNNING, SUCCEEDED, FAILED;

		public boolean done() {
			return this == SUCCEEDED || this == FAILED;
		}
	}
}
