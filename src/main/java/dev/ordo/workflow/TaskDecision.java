package dev.ordo.workflow;

import java.util.HashMap;
import java.util.Map;

import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;

/**
 * A yes/no decision on a task with its comment, as approval forms submit it: the decision must be given (a boolean,
 * or the text "true"/"false" from an HTML form), a "no" needs a comment, comments are at most 2000 characters.
 *
 * @param decision the decision
 * @param comment  the trimmed comment, {@code null} when none was given
 */
public record TaskDecision(boolean decision, String comment) {

	/**
	 * Reads the decision named {@code field} and the {@code comment} from submitted form data.
	 *
	 * @param yes what "true" means, for the message, e.g. "approve"
	 * @param no  what "false" means, e.g. "reject"
	 * @throws InvalidInput with a message per field
	 */
	public static TaskDecision read(Map<String, Object> formData, String field, String yes, String no) {
		Object value = formData.get(field);
		if (value instanceof String text && ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text))) {
			value = Boolean.valueOf(text);
		}
		Object comment = formData.get("comment");
		String text = comment == null ? "" : comment.toString().trim();
		new InvalidInput.Collector()
			.rejectIf(!(value instanceof Boolean), field, "must be true (" + yes + ") or false (" + no + ")")
			.rejectIf(Boolean.FALSE.equals(value) && text.isEmpty(), "comment", "is required when rejecting")
			.rejectIf(text.length() > 2000, "comment", "must have at most 2000 characters")
			.throwIfAny();
		return new TaskDecision((Boolean) value, text.isEmpty() ? null : text);
	}

	/**
	 * An approval under the four-eyes principle (ISO/IEC 27001:2022 A.5.3, segregation of duties): approve or reject
	 * in the form field {@code approved}, a comment when rejecting, and never by the person whose user id the
	 * process variable {@code initiatorVariable} holds.
	 *
	 * @param refusal the message for the initiator, e.g. "The person who proposed a change cannot approve it"
	 * @return the variables to complete the approval task with
	 */
	public static Map<String, Object> approval(Map<String, Object> formData, Map<String, Object> processVariables,
			String initiatorVariable, String refusal) {
		TaskDecision decision = read(formData, "approved", "approve", "reject");
		if (CurrentActor.require().userId().toString().equals(processVariables.get(initiatorVariable))) {
			throw new AccessDenied(refusal);
		}
		return decision.variables("approved");
	}

	/** The process variables the decision completes its task with. */
	public Map<String, Object> variables(String field) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(field, decision);
		variables.put("comment", comment);
		return variables;
	}
}
