package dev.ordo.implementation.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, UUID> {

	List<Evidence> findByAppliedControlIdOrderByAddedAtAsc(UUID appliedControlId, Pageable page);

	List<Evidence> findAllByOrderByAddedAtAsc();

	long countByAppliedControlId(UUID appliedControlId);
}
