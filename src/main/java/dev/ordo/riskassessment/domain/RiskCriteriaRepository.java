package dev.ordo.riskassessment.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskCriteriaRepository extends JpaRepository<RiskCriteria, UUID> {

	/** The organization's criteria (at most one row per organization). */
	Optional<RiskCriteria> findFirstBy();
}
