package dev.ordo.platform.web;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

import dev.ordo.shared.ChangedSinceRead;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.SavedConcurrently;

/** Puts business-rule messages onto a form's binding result, so they show next to their fields. */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * The usual handling of a submitted form: when the binding has no errors, runs {@code action} (which returns the
	 * view, typically a redirect after success); a business-rule rejection ({@link InvalidInput}) puts its messages
	 * next to the fields and, like binding errors, shows the form again ({@code form}). A form saved on a version
	 * someone else has changed since ({@link ChangedSinceRead}) is shown again with the caller's input and the message
	 * above it; the form then carries the current version ({@code form} asks {@link #changedMeanwhile}), so saving it
	 * again overwrites on purpose. So is a form that stored a record for the first time at the same moment as someone
	 * else ({@link SavedConcurrently}).
	 */
	public static String submit(BindingResult binding, Supplier<String> action, Supplier<String> form) {
		if (!binding.hasErrors()) {
			try {
				return action.get();
			}
			catch (InvalidInput invalid) {
				bind(invalid, binding);
			}
			catch (ChangedSinceRead changed) {
				changed(binding, changed.record(), "was changed by someone else after you opened this form");
			}
			catch (SavedConcurrently saved) {
				changed(binding, saved.record(), "was saved by someone else at the same moment");
			}
		}
		return form.get();
	}

	/**
	 * Whether the form is shown again because the record changed since it was opened (the message is on it), so it
	 * may now carry the current version. Shown again for any other reason (a wrong value, a rule), it keeps the
	 * version it was opened on: otherwise a change someone made while the user corrected a typo would be overwritten
	 * without a word.
	 */
	public static boolean changedMeanwhile(BindingResult binding) {
		return binding.getGlobalErrors().stream().anyMatch(e -> CHANGED.equals(e.getCode()));
	}

	private static final String CHANGED = "changed";

	private static void changed(BindingResult binding, String record, String how) {
		binding.reject(CHANGED, "The " + record + " " + how + "; nothing of your change was saved. Your input is "
				+ "kept below: open the " + record + " in another tab to see what changed, then save again to "
				+ "overwrite it.");
	}

	public static void bind(InvalidInput invalid, BindingResult binding) {
		for (Map.Entry<String, String> error : invalid.fieldErrors().entrySet()) {
			if (binding.getTarget() != null && hasField(binding, error.getKey())) {
				binding.rejectValue(error.getKey(), "invalid", error.getValue());
			}
			else {
				binding.reject("invalid", error.getValue());
			}
		}
	}

	private static boolean hasField(BindingResult binding, String field) {
		try {
			return binding.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}
}
