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

	/**
	 * Members with their accounts as rows of user id, user name, display name and stored roles: one statement, no
	 * entities (the register asks for the owners of each page it shows).
	 */
	@Query("select m.userId, u.username, u.displayName, m.roles from Membership m join UserAccount u on u.id = m.userId")
	List<Object[]> summaries();

	/** {@link #summaries()} of the given people who are members. */
	@Query("select m.userId, u.username, u.displayName, m.roles from Membership m join UserAccount u on u.id = m.userId "
			+ "where m.userId in :userIds")
	List<Object[]> summariesOf(Collection<UUID> userIds);

	@Query("select m from Membership m where m.userId in :userIds")
	List<Membership> findAllByUserIdIn(java.util.Collection<UUID> userIds);
}
