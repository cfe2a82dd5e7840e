package dev.ordo.risktreatment.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskTreatmentRepository extends JpaRepository<RiskTreatment, UUID> {

	Optional<RiskTreatment> findByRiskId(UUID riskId);
}
