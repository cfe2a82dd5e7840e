package dev.ordo.risktreatment.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScopeStatementRepository extends JpaRepository<ScopeStatement, UUID> {

	/** The current organization's statement (at most one: the organization is added by the tenant filter). */
	@Query("select s from ScopeStatement s")
	Optional<ScopeStatement> current();
}
