package dev.ordo.platform;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.CurrentActor;
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
	String notFound(Model model) {
		return page("error/404", "message", null, model);
	}

	/**
	 * A page asked for with a value it cannot take (a filter level the criteria do not have, in a link someone
	 * edited): the page says which parameter and why, rather than a server error. Forms catch their own.
	 */
	@ExceptionHandler(InvalidInput.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(InvalidInput ex, Model model) {
		return page("error/400", "fieldErrors", ex.fieldErrors(), model);
	}

	@ExceptionHandler(AccessDenied.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(AccessDenied ex, Model model) {
		// Who may do it instead, e.g. "Only the risk owner … can decide this acceptance".
		return page("error/403", "message", ex.getMessage(), model);
	}

	@ExceptionHandler(Conflict.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(Conflict ex, Model model) {
		return page("error/409", "message", ex.getMessage(), model);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentChange(Model model) {
		return page("error/409", "message", ApiProblemHandler.CONCURRENT_CHANGE, model);
	}

	/** The error page with what it says, and the signed-in person for the layout's header (none when signed out). */
	private static String page(String view, String name, Object detail, Model model) {
		model.addAttribute(name, detail);
		model.addAttribute("me", CurrentActor.principal().orElse(null));
		return view;
	}
}
