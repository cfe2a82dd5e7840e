package dev.ordo.riskassessment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RiskRepository extends JpaRepository<Risk, UUID> {

	boolean existsByAssetId(UUID assetId);

	/**
	 * Moves the organization's risks from one consequence category to its new name; the version moves on, so an edit
	 * opened before is told of the change.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Risk r set r.consequenceCategory = :to, r.version = r.version + 1 "
			+ "where r.organizationId = :organization and r.consequenceCategory = :from")
	int renameConsequenceCategory(UUID organization, String from, String to);

	List<Risk> findByAssetIdIn(Collection<UUID> assetIds);

	@Query("select r.id, r.title from Risk r where r.id in ?1")
	List<Object[]> titlesOf(Collection<UUID> ids);

	@Query("select r.id, r.title from Risk r where r.id in ?1 and r.closed = false")
	List<Object[]> openTitlesOf(Collection<UUID> ids);

	/** Risks not yet due whose last assessment is older than {@code cutoff} (periodic reassessment). */
	@Query("select r from Risk r where r.closed = false and r.reassessmentDue = false "
			+ "and r.lastAssessedAt < :cutoff order by r.id")
	List<Risk> assessedBefore(Instant cutoff);
}
