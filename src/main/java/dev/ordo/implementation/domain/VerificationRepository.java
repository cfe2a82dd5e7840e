package dev.ordo.implementation.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VerificationRepository extends JpaRepository<Verification, UUID> {

	List<Verification> findByAppliedControlIdOrderByVerifiedOnDescRecordedAtDesc(UUID appliedControlId,
			Pageable page);
}
