package dev.ordo.risktreatment.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SoaDecisionRepository extends JpaRepository<SoaDecision, UUID> {

	List<SoaDecision> findByCatalogId(String catalogId);

}
