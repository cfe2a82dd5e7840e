package dev.ordo.riskassessment.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskLifecycleRepository extends JpaRepository<RiskLifecycleEntry, UUID> {

	List<RiskLifecycleEntry> findByRiskIdOrderByActedAtDesc(UUID riskId);
}
