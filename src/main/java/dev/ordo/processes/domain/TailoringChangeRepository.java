package dev.ordo.processes.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import dev.ordo.processes.TailoringChangeView.Status;

public interface TailoringChangeRepository extends JpaRepository<TailoringChange, UUID> {

	List<TailoringChange> findByProcessKeyOrderByProposedAtDesc(String processKey);

	boolean existsByProcessKeyAndStatus(String processKey, Status status);

	Page<TailoringChange> findByStatus(Status status, Pageable pageable);
}
