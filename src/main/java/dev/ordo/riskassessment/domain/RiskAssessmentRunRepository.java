package dev.ordo.riskassessment.domain;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RiskAssessmentRunRepository extends JpaRepository<RiskAssessmentRun, UUID> {

	/** The risks a run identified, in the order it identified them (ids of imports are time-ordered). */
	@Query(value = "select r.id, r.title, r.kind, r.priorityLevel from Risk r where r.identifiedInRun = :run order by r.id",
			countQuery = "select count(r) from Risk r where r.identifiedInRun = :run")
	Page<Object[]> risksIdentifiedIn(@Param("run") UUID runId, Pageable page);

	/** The rating-history entries a run wrote, with their risk's title. */
	@Query(value = "select h, r.title from RiskRating h, Risk r where r.id = h.riskId and h.runId = :run order by h.id",
			countQuery = "select count(h) from RiskRating h where h.runId = :run")
	Page<Object[]> ratingsWrittenIn(@Param("run") UUID runId, Pageable page);
}
