package dev.ordo.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, UUID> {

	Optional<Membership> findByUserId(UUID userId);

	List<Membership> findAllByUserId(UUID userId);

	@Query("select m from Membership m where m.userId in :userIds")
	List<Membership> findAllByUserIdIn(Collection<UUID> userIds);
}
