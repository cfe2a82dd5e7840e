package dev.ordo.frameworks.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ControlMappingRepository extends JpaRepository<ControlMapping, UUID> {

	List<ControlMapping> findBySourceCatalogAndSourceControl(String sourceCatalog, String sourceControl);

	List<ControlMapping> findByTargetCatalogAndTargetControl(String targetCatalog, String targetControl);

	@Query("select m from ControlMapping m where m.sourceCatalog = ?1 or m.targetCatalog = ?1")
	List<ControlMapping> findByEitherCatalog(String catalogId);

	@Modifying
	@Query("delete from ControlMapping m where m.sourceCatalog = ?1 and m.targetCatalog = ?2")
	int deleteBetween(String sourceCatalog, String targetCatalog);
}
