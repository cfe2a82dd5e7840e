package dev.ordo.risktreatment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RiskTreatmentRepository extends JpaRepository<RiskTreatment, UUID> {

	Optional<RiskTreatment> findByRiskId(UUID riskId);

	/** The option of each given risk that has a treatment, as (risk id, option) rows, in one statement. */
	@Query("select t.riskId, t.treatmentOption from RiskTreatment t where t.riskId in ?1")
	List<Object[]> optionsOf(Collection<UUID> riskIds);
}
