package dev.ordo.records.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditTrailRepository extends JpaRepository<AuditTrailEntry, UUID> {

	/**
	 * The entries older than a position, newest first. The two conditions on time say {@code (occurredAt, id) <
	 * (time, id)}; written this way, the first gives the database the start of its index range, so a deep page
	 * costs what the first one costs.
	 */
	@Query("""
			select e from AuditTrailEntry e
			where (:subjectType is null or e.subjectType = :subjectType)
			  and (:subjectId is null or e.subjectId = :subjectId)
			  and e.occurredAt <= :time
			  and (e.occurredAt < :time or e.id < :id)
			order by e.occurredAt desc, e.id desc
			""")
	List<AuditTrailEntry> olderThan(String subjectType, String subjectId, Instant time, UUID id, Limit limit);
}
