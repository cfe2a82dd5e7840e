package dev.ordo.riskassessment.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import dev.ordo.riskassessment.AssetView;

public interface AssetRepository extends JpaRepository<Asset, UUID> {

	@Query("select new dev.ordo.riskassessment.AssetView$AssetRef(a.id, a.name, a.type) from Asset a "
			+ "where a.id in :ids order by a.sortName")
	List<AssetView.AssetRef> refs(Collection<UUID> ids);

	/** Every asset's id and name, for resolving asset references in an import (one query, no entities). */
	@Query("select new dev.ordo.riskassessment.AssetView$AssetRef(a.id, a.name, a.type) from Asset a")
	List<AssetView.AssetRef> allRefs();

	/** The own needs of the given assets, without loading them (what the inheritance walk reads of them). */
	@Query("select new dev.ordo.riskassessment.domain.ProtectionInheritance$OwnNeeds(a.id, a.confidentiality, "
			+ "a.integrity, a.availability, a.authenticity) from Asset a where a.id in :ids")
	List<ProtectionInheritance.OwnNeeds> ownNeeds(Collection<UUID> ids);

	/** Every asset's id: which ids a re-imported file may name (one query, no entities). */
	@Query("select a.id from Asset a")
	List<UUID> allIds();
}
