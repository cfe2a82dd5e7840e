package dev.ordo.riskassessment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssetDependencyRepository extends JpaRepository<AssetDependency, UUID> {

	/**
	 * Every edge of the organization, as (supporting, supported) pairs: the graph the inheritance walks. In a fixed
	 * order, since the order decides between two equally near sources of a need, and a walk over part of the graph
	 * must decide as one over all of it.
	 */
	@Query("select new dev.ordo.riskassessment.domain.ProtectionInheritance$Edge(d.supportingId, d.supportedId) "
			+ "from AssetDependency d order by d.supportingId, d.supportedId")
	List<ProtectionInheritance.Edge> edges();

	Optional<AssetDependency> findBySupportingIdAndSupportedId(UUID supportingId, UUID supportedId);

	List<AssetDependency> findBySupportingIdOrSupportedId(UUID supportingId, UUID supportedId);
}
