package dev.ordo.platform;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.ChangedSinceRead;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;

/**
 * Turns every API error into an RFC 9457 problem detail. Validation failures carry an {@code errors} member with one
 * entry per field ({@code field}, {@code message}), the same messages the forms show next to their fields.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final URI VALIDATION = URI.create("urn:ordo:problem:validation");

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		// A malformed id is as unknown as a well-formed one that does not exist.
		if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"No resource for " + ex.getName() + " '" + ex.getValue() + "'");
			problem.setTitle("Not found");
			return problem;
		}
		return validation(List.of(new FieldError(ex.getName(), expected(ex.getRequiredType()) + " (was \""
				+ abbreviated(String.valueOf(ex.getValue())) + "\")")));
	}

	/** What a query parameter of this type takes, so the client can correct it without reading the docs. */
	private static String expected(Class<?> type) {
		if (type == null) {
			return "has an invalid value";
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
				.collect(Collectors.joining(", "));
		}
		if (type == UUID.class) {
			return "must be an id (UUID)";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "must be a whole number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false";
		}
		if (type == Instant.class) {
			return "must be an ISO-8601 instant such as 2026-01-31T09:00:00Z";
		}
		if (type == LocalDate.class) {
			return "must be an ISO-8601 date such as 2026-01-31";
		}
		return "has an invalid value";
	}

	private static String abbreviated(String value) {
		return value.length() <= 60 ? value : value.substring(0, 60) + "…";
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput ex) {
		return validation(ex.fieldErrors().entrySet().stream()
			.map(e -> new FieldError(e.getKey(), e.getValue()))
			.toList());
	}

	@ExceptionHandler({ AccessDenied.class, AccessDeniedException.class })
	ProblemDetail forbidden(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Forbidden");
		return problem;
	}

	@ExceptionHandler(Conflict.class)
	ProblemDetail conflict(Conflict ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Conflict");
		return problem;
	}

	/** An {@code If-Match} naming a version that is no longer the record's (RFC 9110 13.1.1): nothing was written. */
	@ExceptionHandler(ChangedSinceRead.class)
	ResponseEntity<ProblemDetail> changedSinceRead(ChangedSinceRead ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
		problem.setTitle("Changed since you read it");
		problem.setProperty("currentVersion", ex.currentVersion());
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(String.valueOf(ex.currentVersion()))
			.body(problem);
	}

	/**
	 * Two people changed the same record at once and the later write lost the race on the record's version: nothing
	 * was written, and the client learns that it should read the record again instead of seeing a server error.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, CONCURRENT_CHANGE);
		problem.setTitle("Changed by someone else");
		return problem;
	}

	/** Shared with the pages' error handler, so the browser and the API say the same. */
	static final String CONCURRENT_CHANGE = "Someone else changed this record at the same moment; nothing of your "
			+ "change was saved. Read it again and repeat your change.";

	/**
	 * A body that is not JSON, or a member of the wrong type: the problem names the member and what it takes (the
	 * same wording as for query parameters), instead of Spring's bare "Failed to read request".
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)
				&& !jackson.getPath().isEmpty()) {
			String field = jackson.getPath().stream()
				.map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
			String message;
			if (cause instanceof UnrecognizedPropertyException) {
				message = "is not a member of this request";
			}
			else if (cause instanceof InvalidFormatException invalid) {
				message = expected(invalid.getTargetType()) + " (was \"" + abbreviated(String.valueOf(invalid.getValue()))
						+ "\")";
			}
			else if (cause instanceof MismatchedInputException mismatched) {
				message = expected(mismatched.getTargetType());
			}
			else {
				message = "has an invalid value";
			}
			return ResponseEntity.badRequest().body(validation(List.of(new FieldError(field, message))));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON" + (cause instanceof JacksonException jackson
						? ": " + abbreviated(jackson.getOriginalMessage()) : ""));
		problem.setTitle("Unreadable request");
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors()
			.forEach(e -> errors.add(new FieldError(e.getField(), e.getDefaultMessage())));
		ex.getBindingResult().getGlobalErrors()
			.forEach(e -> errors.add(new FieldError(e.getObjectName(), e.getDefaultMessage())));
		return ResponseEntity.badRequest().body(validation(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
			.forEach(error -> errors.add(new FieldError(result.getMethodParameter().getParameterName(),
					error.getDefaultMessage()))));
		return ResponseEntity.badRequest().body(validation(errors));
	}

	private static ProblemDetail validation(List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s"));
		problem.setType(VALIDATION);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message()))
			.toList());
		return problem;
	}

	private record FieldError(String field, String message) {
	}
}
