package dev.ordo.risktreatment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import dev.ordo.risktreatment.SoaStatus;

public interface SoaVersionRepository extends JpaRepository<SoaVersion, UUID> {

	Optional<SoaVersion> findFirstByCatalogIdAndStatusOrderByNumberDesc(String catalogId, SoaStatus status);

	Optional<SoaVersion> findByCatalogIdAndNumber(String catalogId, int number);

	/** The history without the rows, newest first (the rows of a version can be large). */
	@Query("select new dev.ordo.risktreatment.domain.SoaVersionRow(v.id, v.catalogId, v.number, v.status, v.counts, "
			+ "v.createdBy, v.createdByName, v.createdByRole, v.createdAt, v.decidedBy, v.decidedByName, "
			+ "v.decidedByRole, v.decidedAt, v.decisionComment, v.approvalInstanceId) "
			+ "from SoaVersion v where v.catalogId = ?1 order by v.number desc limit 100")
	List<SoaVersionRow> history(String catalogId);

	@Query("select coalesce(max(v.number), 0) from SoaVersion v where v.catalogId = ?1")
	int lastNumber(String catalogId);
}
