package dev.ordo.risktreatment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import dev.ordo.risktreatment.AcceptanceStatus;

public interface RiskAcceptanceRepository extends JpaRepository<RiskAcceptance, UUID> {

	List<RiskAcceptance> findTop50ByRiskIdOrderByRequestedAtDesc(UUID riskId);

	Optional<RiskAcceptance> findFirstByRiskIdOrderByRequestedAtDesc(UUID riskId);

	/**
	 * The latest acceptance of each given risk that has one, in one statement: as
	 * {@link #findFirstByRiskIdOrderByRequestedAtDesc} for each.
	 */
	@Query("select a from RiskAcceptance a where a.riskId in ?1 and a.requestedAt = "
			+ "(select max(b.requestedAt) from RiskAcceptance b where b.riskId = a.riskId)")
	List<RiskAcceptance> latestOf(Collection<UUID> riskIds);

	Optional<RiskAcceptance> findFirstByRiskIdAndStatusOrderByRequestedAtDesc(UUID riskId, AcceptanceStatus status);

	boolean existsByRiskIdAndStatus(UUID riskId, AcceptanceStatus status);
}
