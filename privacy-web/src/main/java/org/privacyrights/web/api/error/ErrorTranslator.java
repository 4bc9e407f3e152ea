package org.privacyrights.web.api.error;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.platform.NotPermittedException;
import org.privacyrights.request.application.IdempotencyConflictException;
import org.privacyrights.request.domain.DeciderRequiredException;
import org.privacyrights.request.domain.ExtensionRefusedException;
import org.privacyrights.request.domain.IllegalTransitionException;
import org.privacyrights.verification.application.RateLimitedException;

/** Turns any exception into the error body a client should see. */
public final class ErrorTranslator {

    private static final Logger LOG = Logger.getLogger(ErrorTranslator.class.getName());

    private ErrorTranslator() {}

    public static ErrorBody translate(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof ConstraintViolationException violations) {
            return fromViolations(violations);
        }
        if (cause instanceof InvalidInputException invalid) {
            return invalid.field()
                    .map(field -> ErrorBody.invalid(field, invalid.getMessage()))
                    .orElseGet(() -> ErrorBody.of(400, "invalid_input", invalid.getMessage()));
        }
        if (cause instanceof NotFoundException notFound) {
            return ErrorBody.of(404, "not_found", notFound.getMessage());
        }
        if (cause instanceof IllegalTransitionException || cause instanceof ExtensionRefusedException) {
            return ErrorBody.of(409, "conflict", cause.getMessage());
        }
        if (cause instanceof RateLimitedException) {
            return ErrorBody.of(429, "too_many_requests", "Too many attempts from here or for this address; try later");
        }
        if (cause instanceof IdempotencyConflictException) {
            return ErrorBody.of(422, "idempotency_key_reused", cause.getMessage());
        }
        if (cause instanceof DeciderRequiredException || cause instanceof NotPermittedException) {
            return ErrorBody.of(403, "forbidden", cause.getMessage());
        }
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            return ErrorBody.of(403, "forbidden", "Your role does not allow this action");
        }
        if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
            return ErrorBody.of(400, "malformed_json", "The body is not valid JSON of the expected shape");
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return ErrorBody.of(status, code(status), message(status, web));
        }
        LOG.log(Level.SEVERE, "Unexpected error answering an API call", error);
        return ErrorBody.of(500, "internal_error", "The request could not be completed; it was logged");
    }

    /**
     * Looks through container wrappers (EJB, JAX-RS processing, JSON-B) for the exception that says what went wrong;
     * a body that failed to parse for no better-known reason is malformed JSON.
     */
    private static Throwable unwrap(Throwable error) {
        boolean processing = false;
        for (Throwable current = error; current != null; current = next(current)) {
            if (current instanceof EJBAccessException
                    || current instanceof AccessLocalException
                    || current instanceof WebApplicationException
                    || current instanceof ConstraintViolationException
                    || current instanceof InvalidInputException
                    || current instanceof NotFoundException
                    || current instanceof IllegalTransitionException
                    || current instanceof ExtensionRefusedException
                    || current instanceof IdempotencyConflictException
                    || current instanceof RateLimitedException
                    || current instanceof DeciderRequiredException
                    || current instanceof NotPermittedException) {
                return current;
            }
            processing |= current instanceof ProcessingException
                    || current instanceof JsonbException
                    || current instanceof JsonParsingException;
        }
        return processing ? new JsonbException("malformed") : error;
    }

    private static Throwable next(Throwable current) {
        Throwable cause = current.getCause();
        if (cause == null && current instanceof EJBException ejb) {
            cause = ejb.getCausedByException();
        }
        return cause == current ? null : cause;
    }

    private static ErrorBody fromViolations(ConstraintViolationException e) {
        List<ErrorBody.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new ErrorBody.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ErrorBody.Violation::field))
                .toList();
        ErrorBody.Violation first =
                violations.isEmpty() ? new ErrorBody.Violation("body", "is invalid") : violations.get(0);
        return new ErrorBody(400, "invalid_input", first.field() + " " + first.message(), first.field(), violations);
    }

    /** The last named node of the path: {@code submit.body.email} is {@code email}; a null body is {@code body}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                field = node.getName();
            }
        }
        return field;
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "error";
        };
    }

    private static String message(int status, WebApplicationException web) {
        return switch (status) {
            case 400 -> "The request body is missing or malformed";
            case 404 -> "Not found";
            case 405 -> "This method is not allowed here";
            case 415 -> "Send the body as application/json";
            default -> web.getMessage() == null ? "HTTP " + status : web.getMessage();
        };
    }
}
