package dev.ordo.risktreatment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import dev.ordo.risktreatment.AcceptanceStatus;

public interface RiskAcceptanceRepository extends JpaRepository<RiskAcceptance, UUID> {

	List<RiskAcceptance> findTop50ByRiskIdOrderByRequestedAtDesc(UUID riskId);

	Optional<RiskAcceptance> findFirstByRiskIdOrderByRequestedAtDesc(UUID riskId);

	Optional<RiskAcceptance> findFirstByRiskIdAndStatusOrderByRequestedAtDesc(UUID riskId, AcceptanceStatus status);
}
