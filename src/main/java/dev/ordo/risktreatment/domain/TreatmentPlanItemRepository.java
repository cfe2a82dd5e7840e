package dev.ordo.risktreatment.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import dev.ordo.risktreatment.PlanItemStatus;

public interface TreatmentPlanItemRepository extends JpaRepository<TreatmentPlanItem, UUID> {

	List<TreatmentPlanItem> findTop200ByRiskIdOrderByDueDateAscIdAsc(UUID riskId);

	Page<TreatmentPlanItem> findByStatus(PlanItemStatus status, Pageable pageable);

	/**
	 * The given risks' plan items counted per risk and status, in one statement: (risk id, status, items, items due
	 * before {@code today}) rows. Whether the ones due before today are overdue depends on their status.
	 */
	@Query("select i.riskId, i.status, count(i), sum(case when i.dueDate < ?2 then 1 else 0 end) "
			+ "from TreatmentPlanItem i where i.riskId in ?1 group by i.riskId, i.status")
	List<Object[]> countsOf(Collection<UUID> riskIds, LocalDate today);
}
