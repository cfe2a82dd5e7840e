package dev.ordo.frameworks.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportedCatalogRepository extends JpaRepository<ImportedCatalog, UUID> {

	Optional<ImportedCatalog> findByKey(String key);

	boolean existsByKey(String key);

	List<ImportedCatalog> findAllByOrderByTitleAsc();
}
