package dev.ordo.workflow;

import java.util.Map;

/**
 * A module's rules for completing its tasks of one form key, so that a task completed through the generic inbox
 * API is checked exactly like one completed on the module's own page.
 */
public interface TaskForm {

	/** The form key this handles, {@code <module>/<form>}. */
	String formKey();

	/** Page of the record behind a task, for the inbox. */
	String link(String businessKey);

	/**
	 * Checks and normalizes submitted form data against the run's variables; throws
	 * {@link dev.ordo.shared.InvalidInput} with a message per field, or {@link dev.ordo.shared.AccessDenied} when the
	 * current person may not decide this task.
	 */
	Map<String, Object> validate(Map<String, Object> formData, Map<String, Object> processVariables);

	/**
	 * Why the current person may not decide this task, in the module's words (e.g. who may instead), or {@code null}
	 * for the engine's own explanation; asked when the task is neither assigned nor offered to them.
	 */
	default String refusal(Map<String, Object> processVariables) {
		return null;
	}
}
