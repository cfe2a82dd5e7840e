package dev.ordo.riskassessment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RiskRepository extends JpaRepository<Risk, UUID> {

	boolean existsByAssetId(UUID assetId);

	List<Risk> findByAssetIdIn(Collection<UUID> assetIds);

	@Query("select r.id, r.title from Risk r where r.id in ?1")
	List<Object[]> titlesOf(Collection<UUID> ids);

	@Query("select r.id, r.title from Risk r where r.id in ?1 and r.closed = false")
	List<Object[]> openTitlesOf(Collection<UUID> ids);

	/** Heat map of current ratings: one aggregate query. */
	@Query("select r.currentLikelihood, r.currentConsequence, count(*) from Risk r where r.closed = false "
			+ "group by r.currentLikelihood, r.currentConsequence")
	List<Object[]> currentCells();

	@Query("select r.inherentLikelihood, r.inherentConsequence, count(*) from Risk r where r.closed = false "
			+ "group by r.inherentLikelihood, r.inherentConsequence")
	List<Object[]> inherentCells();

	@Query("select r.residualLikelihood, r.residualConsequence, count(*) from Risk r where r.closed = false "
			+ "group by r.residualLikelihood, r.residualConsequence")
	List<Object[]> residualCells();

	/** Risks not yet due whose last assessment is older than {@code cutoff} (periodic reassessment). */
	@Query("select r from Risk r where r.closed = false and r.reassessmentDue = false "
			+ "and r.lastAssessedAt < :cutoff order by r.id")
	List<Risk> assessedBefore(Instant cutoff);
}
