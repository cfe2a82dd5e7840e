package dev.ordo.platform.persistence;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;

import dev.ordo.shared.SavedConcurrently;

/**
 * The first save of a record that exists at most once per organization (or per risk), such as the scope statement
 * or the risk criteria. Two first saves at the same moment both find no record and both insert one; the database's
 * uniqueness refuses the later insert, which, instead of a server error, is {@link SavedConcurrently}.
 */
public final class FirstSave {

	/** SQLSTATE of a unique violation (SQL standard; H2 and PostgreSQL both use it). */
	private static final String UNIQUE_VIOLATION = "23505";

	private FirstSave() {
	}

	/**
	 * Inserts {@code entity} now (not at commit), so that a concurrent first save is told apart from other failures.
	 *
	 * @return the stored entity, carrying its version
	 */
	public static <T> T insert(JpaRepository<T, ?> repository, T entity, String record) {
		try {
			return repository.saveAndFlush(entity);
		}
		catch (DataIntegrityViolationException e) {
			if (isUniqueViolation(e)) {
				throw new SavedConcurrently(record);
			}
			throw e;
		}
	}

	private static boolean isUniqueViolation(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}
}
