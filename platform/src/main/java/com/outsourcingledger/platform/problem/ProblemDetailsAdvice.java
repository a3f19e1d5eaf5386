package com.outsourcingledger.platform.problem;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RequestRuleCodes;
import com.outsourcingledger.api.refusal.RuleViolation;
import com.outsourcingledger.platform.web.BodyLimit;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one mapping from failures to RFC 9457 problem details: every refusal names the field or the rule,
 * and nothing a client did wrong becomes a 500.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String RULES = "https://outsourcing-ledger.example/problems/";
    private static final String AXON_SERVER_SEQUENCE_CONFLICT = "AXONIQ-2000";
    private static final String AXON_SERVER_CONCURRENCY = "AXONIQ-4004";
    private static final Problem CONCURRENT_MODIFICATION = new Problem(RequestRuleCodes.CONCURRENT_MODIFICATION, 409,
            "The resource was changed by another request at the same time; reload it and retry");

    /** What a client sees for each kind of refusal: the one place a {@link Refusal.Kind} becomes an HTTP status. */
    public static int statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
        };
    }

    private final List<StoreProbe> probes;

    @Autowired
    ProblemDetailsAdvice(ObjectProvider<StoreProbe> probes) {
        this(probes.orderedStream().toList());
    }

    ProblemDetailsAdvice(List<StoreProbe> probes) {
        this.probes = List.copyOf(probes);
    }

    ProblemDetailsAdvice() {
        this(List.of());
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal e) {
        return problem(Problem.of(e.toRuleViolation()));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        Optional<Object> details = e.getDetails();
        if (details.isPresent() && details.get() instanceof RuleViolation violation) {
            return problem(Problem.of(violation));
        }
        if (isStreamConflict(e)) {
            return problem(CONCURRENT_MODIFICATION);
        }
        return unexpected(e);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return problem(new Problem(RequestRuleCodes.RESOURCE_NOT_FOUND, 404,
                "No resource with id " + e.getAggregateIdentifier()));
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException e) {
        return problem(new Problem(RequestRuleCodes.RESOURCE_ALREADY_EXISTS, 409,
                "A resource with this id already exists; retry with the same id only to repeat the same request"));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentModification(ConcurrencyException e) {
        return problem(CONCURRENT_MODIFICATION);
    }

    /**
     * Two commands appended to one aggregate's stream at the same sequence number. Locally Axon says so with a
     * {@link ConcurrencyException} in the cause chain; through Axon Server only the message crosses, carrying the
     * server's error code for it (AXONIQ-2000 "Invalid sequence number", AXONIQ-4004 a concurrency exception).
     */
    static boolean isStreamConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains(AXON_SERVER_SEQUENCE_CONFLICT) || message.contains(AXON_SERVER_CONCURRENCY)
                    || message.contains("Invalid sequence number")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return problem(new Problem(RequestRuleCodes.ACCESS_DEPARTMENT_NOT_PERMITTED, 403,
                "Your department may not perform this act"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
        return problem(new Problem(RequestRuleCodes.REQUEST_INVALID, 400, e.getMessage()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        ProblemDetail body = problemDetail(new Problem(RequestRuleCodes.REQUEST_INVALID, 400, e.getMessage()));
        body.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return ResponseEntity.badRequest().body(body);
    }

    /**
     * A failure no handler above explains. It is an outage (503, Retry-After, nothing was changed) when its cause
     * chain says a store is unreachable, or when a probe finds a store unreachable now: a driver, pool or Axon
     * wrapper need not say "connection" in a shape known here. Otherwise it is a bug: logged, and a 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (Unavailability.isUnavailable(e)) {
            log.warn("A store the request needs is unreachable: {}", Unavailability.describe(e));
            return unavailable();
        }
        Optional<String> down = probes.stream().map(StoreProbe::unreachable).flatMap(Optional::stream).findFirst();
        if (down.isPresent()) {
            log.warn("A request failed while {} is unreachable", down.get(), e);
            return unavailable();
        }
        log.error("Unexpected failure", e);
        return problem(new Problem(RequestRuleCodes.INTERNAL_ERROR, 500,
                "An unexpected error occurred; it has been logged"));
    }

    private static ResponseEntity<ProblemDetail> unavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailability.RETRY_AFTER_SECONDS))
                .body(problemDetail(new Problem(RequestRuleCodes.SERVICE_UNAVAILABLE, 503,
                        "A store the ledger needs is unreachable; nothing was changed; retry later")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::fieldError)
                .toList();
        ProblemDetail body = problemDetail(new Problem(RequestRuleCodes.REQUEST_INVALID, 400,
                "The request has invalid fields: " + errors.stream().map(m -> m.get("field")).toList()));
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body
                        ? body.getFieldErrors().stream().map(ProblemDetailsAdvice::fieldError)
                        : result.getResolvableErrors().stream().map(error -> Map.of(
                                "field", result.getMethodParameter().getParameterName() == null
                                        ? "parameter" : result.getMethodParameter().getParameterName(),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        ProblemDetail body = problemDetail(new Problem(RequestRuleCodes.REQUEST_INVALID, 400,
                "The request has invalid parameters: " + errors.stream().map(m -> m.get("field")).toList()));
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof BodyLimit.BodyTooLargeException tooLarge) {
                return ResponseEntity.status(413).header(HttpHeaders.CONNECTION, "close")
                        .<Object>body(problemDetail(new Problem(RequestRuleCodes.REQUEST_TOO_LARGE, 413,
                                tooLarge.getMessage())));
            }
        }
        UnreadableBodies.Unreadable unreadable = UnreadableBodies.explain(e);
        ProblemDetail body = problemDetail(new Problem(RequestRuleCodes.REQUEST_UNREADABLE, 400, unreadable.field()
                .map(field -> "Field '" + field + "': " + unreadable.reason()).orElse(unreadable.reason())));
        unreadable.field().ifPresent(field -> body.setProperty("errors",
                List.of(Map.of("field", field, "message", unreadable.reason()))));
        return ResponseEntity.badRequest().body(body);
    }

    /**
     * What Spring MVC answers by itself (no such path, wrong method, unsupported media type, a missing header): its
     * problem details, with the rule every problem carries.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("rule"))) {
            String rule = StatusRules.forStatus(statusCode.value());
            problem.setType(URI.create(RULES + rule));
            problem.setProperty("rule", rule);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail body = problemDetail(new Problem(RequestRuleCodes.REQUEST_INVALID, 400,
                "Parameter '" + e.getName() + "' has an invalid value: " + e.getValue()));
        body.setProperty("errors", List.of(Map.of("field", e.getName(), "message", "invalid value")));
        return ResponseEntity.badRequest().body(body);
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }

    private static ResponseEntity<ProblemDetail> problem(Problem violation) {
        return ResponseEntity.status(violation.status()).body(problemDetail(violation));
    }

    /** A problem as the client sees it: the rule broken, its HTTP status and what happened. */
    private record Problem(String rule, int status, String detail) {

        static Problem of(RuleViolation violation) {
            return new Problem(violation.rule(), statusOf(violation.kind()), violation.detail());
        }
    }

    /** A client's error is logged once, in one line naming its rule; a stack trace would only say where it was seen. */
    private static ProblemDetail problemDetail(Problem violation) {
        if (violation.status() < 500) {
            log.info("Refused ({} {}): {}", violation.status(), violation.rule(), violation.detail());
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(violation.status()), violation.detail());
        body.setType(URI.create(RULES + violation.rule()));
        body.setTitle(HttpStatus.valueOf(violation.status()).getReasonPhrase());
        body.setProperty("rule", violation.rule());
        return body;
    }
}
