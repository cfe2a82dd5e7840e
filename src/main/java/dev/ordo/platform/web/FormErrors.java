package dev.ordo.platform.web;

import java.util.Map;

import org.springframework.validation.BindingResult;

import dev.ordo.shared.InvalidInput;

/** Puts business-rule messages onto a form's binding result, so they show next to their fields. */
public final class FormErrors {

	private FormErrors() {
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
