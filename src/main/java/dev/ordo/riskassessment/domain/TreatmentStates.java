package dev.ordo.riskassessment.domain;

import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.riskassessment.TreatmentState;
import dev.ordo.shared.CurrentActor;

/**
 * Writes the treatment state risk treatment reports for a risk ({@link TreatmentState}) in one SQL statement on the
 * caller's transaction, so that it commits or rolls back with the treatment or acceptance it follows from.
 *
 * <p>Not through the entity, on purpose: the state is no edit of the risk by its owner, so it leaves the risk's
 * {@code version} (its {@code ETag}) as it is, and a form or {@code If-Match} opened before a treatment was saved still
 * saves (no 412 caused by somebody else's treatment); and it writes no rating history. The entity maps the column
 * read-only, so saving a risk never overwrites it. The organization is a predicate of the statement: a risk of
 * another organization is never touched.
 */
@Repository
public class TreatmentStates {

	private final NamedParameterJdbcTemplate jdbc;

	private final KeptCounts keptCounts;

	TreatmentStates(NamedParameterJdbcTemplate jdbc, KeptCounts keptCounts) {
		this.jdbc = jdbc;
		this.keptCounts = keptCounts;
	}

	/**
	 * Records the risk's state; {@code false} when the risk is no risk of the current organization or already in that
	 * state. A change outdates the register's kept counts and matches, since a treatment filter may now match
	 * otherwise.
	 */
	@Transactional
	public boolean record(UUID riskId, TreatmentState state) {
		UUID organization = CurrentActor.organizationId();
		int changed = jdbc.update("update risk set treatment_state = :state where organization_id = :organization"
				+ " and id = :risk and treatment_state <> :state", new MapSqlParameterSource("state", state.name())
					.addValue("organization", organization)
					.addValue("risk", riskId));
		if (changed > 0) {
			keptCounts.changed(organization, KeptCounts.Register.RISKS);
		}
		return changed > 0;
	}
}
