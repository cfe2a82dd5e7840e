package dev.ordo.frameworks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogControlRepository extends JpaRepository<CatalogControl, UUID> {

	Page<CatalogControl> findByCatalogIdOrderBySortOrder(UUID catalogId, Pageable pageable);

	List<CatalogControl> findByCatalogIdOrderBySortOrder(UUID catalogId);

	/** The controls in force: withdrawn ones left out. */
	List<CatalogControl> findByCatalogIdAndWithdrawnFalseOrderBySortOrder(UUID catalogId);

	/** Controls whose id, label or title contain {@code text} (lower case). */
	Page<CatalogControl> findByCatalogIdAndSearchTextContainingOrderBySortOrder(UUID catalogId, String text,
			Pageable pageable);

	Optional<CatalogControl> findByCatalogIdAndControlId(UUID catalogId, String controlId);

	List<CatalogControl> findByCatalogIdAndControlIdIn(UUID catalogId, Collection<String> controlIds);

	List<CatalogControl> findByCatalogIdAndParentIdOrderBySortOrder(UUID catalogId, String parentId);
}
