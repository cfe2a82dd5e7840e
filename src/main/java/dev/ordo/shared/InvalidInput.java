package dev.ordo.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a business rule, with a message per field so the API can return RFC 9457 field errors and forms
 * can show each message next to its field.
 */
public class InvalidInput extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public InvalidInput(Map<String, String> fieldErrors) {
		super("Invalid input: " + fieldErrors);
		this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
	}

	public static InvalidInput of(String field, String message) {
		return new InvalidInput(Map.of(field, message));
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

	/** Collects field errors and throws once, so a user sees every problem of a form at the same time. */
	public static final class Collector {

		private final Map<String, String> errors = new LinkedHashMap<>();

		public Collector reject(String field, String message) {
			errors.putIfAbsent(field, message);
			return this;
		}

		public Collector rejectIf(boolean condition, String field, String message) {
			return condition ? reject(field, message) : this;
		}

		public void throwIfAny() {
			if (!errors.isEmpty()) {
				throw new InvalidInput(errors);
			}
		}
	}
}
