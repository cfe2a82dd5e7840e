package dev.ordo.frameworks.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import dev.ordo.frameworks.CatalogImportView.Status;

public interface CatalogImportRepository extends JpaRepository<CatalogImport, UUID> {

	List<CatalogImport> findTop10ByOrderByStartedAtDesc();

	/** Imports in the given states that were started before {@code before}. */
	List<CatalogImport> findByStatusInAndStartedAtBefore(Collection<Status> statuses, Instant before);
}
