package com.printdesk.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one error format of {@code /api/**}: RFC 9457 problem details, with an {@code errors} map of
 * field messages for validation failures. Applies to {@link RestController}s only; pages show
 * their forms again instead.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The request has invalid fields.");
        problem.setTitle("Invalid request");
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    /** A business rule refused the request; the message is written for the user. */
    @ExceptionHandler(BusinessRuleViolation.class)
    ResponseEntity<ProblemDetail> businessRule(BusinessRuleViolation ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Not allowed");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ServiceUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(ServiceUnavailable ex) {
        log.warn("A service PrintDesk depends on is unavailable: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        problem.setTitle("Try again shortly");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30").body(problem);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detailFor(HttpStatus.NOT_FOUND)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error in an API request", ex);
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detailFor(status)));
    }

    static String detailFor(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "Sign in to use this endpoint.";
            case FORBIDDEN -> "Your account may not use this endpoint.";
            case NOT_FOUND -> "Nothing was found at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case CONTENT_TOO_LARGE -> OversizedUploads.DETAIL;
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side. It has been logged; please try again."
                    : status.getReasonPhrase();
        };
    }
}
