package dev.ordo.platform;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;

/**
 * Error pages for the browser UI. Field-level problems are handled by each form's controller, which shows the
 * messages next to the fields; what reaches this handler is a whole-page problem.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

	@ExceptionHandler({ NotFound.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(org.springframework.ui.Model model) {
		model.addAttribute("me", dev.ordo.shared.CurrentActor.principal().orElse(null));
		return "error/404";
	}

	/**
	 * A page asked for with a value it cannot take (a filter level the criteria do not have, in a link someone
	 * edited): the page says which parameter and why, rather than a server error. Forms catch their own.
	 */
	@ExceptionHandler(InvalidInput.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(InvalidInput ex, org.springframework.ui.Model model) {
		model.addAttribute("fieldErrors", ex.fieldErrors());
		model.addAttribute("me", dev.ordo.shared.CurrentActor.principal().orElse(null));
		return "error/400";
	}

	@ExceptionHandler(AccessDenied.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(AccessDenied ex, org.springframework.ui.Model model) {
		// Who may do it instead, e.g. "Only the risk owner … can decide this acceptance".
		model.addAttribute("message", ex.getMessage());
		model.addAttribute("me", dev.ordo.shared.CurrentActor.principal().orElse(null));
		return "error/403";
	}

	@ExceptionHandler(Conflict.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(Conflict ex, org.springframework.ui.Model model) {
		model.addAttribute("message", ex.getMessage());
		model.addAttribute("me", dev.ordo.shared.CurrentActor.principal().orElse(null));
		return "error/409";
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentChange(org.springframework.ui.Model model) {
		model.addAttribute("message", ApiProblemHandler.CONCURRENT_CHANGE);
		model.addAttribute("me", dev.ordo.shared.CurrentActor.principal().orElse(null));
		return "error/409";
	}
}
