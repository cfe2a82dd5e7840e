package dev.ordo.implementation.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppliedControlRepository extends JpaRepository<AppliedControl, UUID> {

	Optional<AppliedControl> findByCatalogIdAndControlId(String catalogId, String controlId);
}
