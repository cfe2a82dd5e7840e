package dev.ordo.records.domain;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditTrailRepository extends JpaRepository<AuditTrailEntry, UUID> {

	@Query("""
			select e from AuditTrailEntry e
			where (:subjectType is null or e.subjectType = :subjectType)
			  and (:subjectId is null or e.subjectId = :subjectId)
			""")
	Page<AuditTrailEntry> search(String subjectType, String subjectId, Pageable pageable);
}
