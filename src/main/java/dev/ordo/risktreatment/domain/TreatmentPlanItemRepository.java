package dev.ordo.risktreatment.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import dev.ordo.risktreatment.PlanItemStatus;

public interface TreatmentPlanItemRepository extends JpaRepository<TreatmentPlanItem, UUID> {

	List<TreatmentPlanItem> findTop200ByRiskIdOrderByDueDateAscIdAsc(UUID riskId);

	Page<TreatmentPlanItem> findByStatus(PlanItemStatus status, Pageable pageable);
}
