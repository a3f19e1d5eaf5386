package com.outsourcingledger.platform.problem;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why a request body could not be read, and where: the JSON path of the offending field in dotted form
 * ({@code scores.FOO}, {@code contacts[0].email}), so a client learns which value to fix, not only that one is bad.
 */
final class UnreadableBodies {

    static final String NOT_JSON = "The request body is not valid JSON for this resource";
    private static final String MAP_KEY = "Cannot deserialize Map key";

    /** {@code field} is empty when the body as a whole is unreadable (no body, broken JSON). */
    record Unreadable(Optional<String> field, String reason) {
    }

    private UnreadableBodies() {
    }

    static Unreadable explain(HttpMessageNotReadableException e) {
        Optional<String> field = Optional.empty();
        String reason = NOT_JSON;
        for (Throwable cause = e.getCause(); cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && field.isEmpty() && !jackson.getPath().isEmpty()) {
                field = Optional.of(path(jackson));
                reason = reason(jackson);
            }
            if (cause instanceof IllegalArgumentException illegal) {
                reason = illegal.getMessage();
            }
        }
        return new Unreadable(field, reason);
    }

    private static String path(JacksonException e) {
        List<JacksonException.Reference> references = e.getPath();
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (isMapKey(e) && e instanceof InvalidFormatException invalid
                && !String.valueOf(invalid.getValue()).equals(references.getLast().getPropertyName())) {
            path.append('.').append(invalid.getValue());
        }
        return path.toString();
    }

    private static String reason(JacksonException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return (isMapKey(e) ? "is not a known key; one of " : "is not one of ")
                    + Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                && (mismatched.getTargetType().isPrimitive()
                || mismatched.getTargetType().getName().startsWith("java."))) {
            return "is not a valid " + mismatched.getTargetType().getSimpleName();
        }
        return NOT_JSON;
    }

    private static boolean isMapKey(JacksonException e) {
        return String.valueOf(e.getOriginalMessage()).startsWith(MAP_KEY);
    }
}
