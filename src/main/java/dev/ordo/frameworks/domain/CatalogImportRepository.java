package dev.ordo.frameworks.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogImportRepository extends JpaRepository<CatalogImport, UUID> {

	List<CatalogImport> findTop10ByOrderByStartedAtDesc();
}
