package dev.ordo.riskassessment.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskRatingRepository extends JpaRepository<RiskRating, UUID> {

	List<RiskRating> findByRiskIdOrderByRatedAtDesc(UUID riskId, Pageable page);
}
