package dev.ordo.processes.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcessTailoringRepository extends JpaRepository<ProcessTailoring, UUID> {

	Optional<ProcessTailoring> findByProcessKey(String processKey);
}
