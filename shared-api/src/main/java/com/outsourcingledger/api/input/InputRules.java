package com.outsourcingledger.api.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The bounds every value a user sends must keep, defined once for the HTTP edge and the command bus: what the
 * read models can store and what the rules can compute with in bounded time. Text carries no control characters
 * but tab and line breaks; identifiers at most {@link #MAX_ID} characters (the widest id column), names and titles
 * at most {@link #MAX_NAME}, references at most {@link #MAX_REFERENCE}, any other text at most {@link #MAX_TEXT};
 * numbers (money, measurements, percents) under 10^{@value #MAX_INTEGER_DIGITS} with at most
 * {@value #MAX_SCALE} decimals; dates from {@link #EARLIEST} to {@link #LATEST}.
 * <p>
 * Events are never checked against these: an event stored under older rules must always load.
 */
public final class InputRules {

    public static final int MAX_ID = 64;
    public static final int MAX_REFERENCE = 255;
    public static final int MAX_NAME = 500;
    public static final int MAX_TEXT = 8_000;
    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_SCALE = 6;
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private InputRules() {
    }

    /** The longest text a field of this name may hold, by the naming the messages follow. */
    public static int maxLength(String field) {
        if (field.equals("id") || field.endsWith("Id") || field.endsWith("Ids")) {
            return MAX_ID;
        }
        if (field.endsWith("Reference") || field.endsWith("Refs") || field.equalsIgnoreCase("number")
                || field.endsWith("Department") || field.equals("currency") || field.endsWith("Code")) {
            return MAX_REFERENCE;
        }
        if (field.equalsIgnoreCase("name") || field.endsWith("Name") || field.equals("title")) {
            return MAX_NAME;
        }
        return MAX_TEXT;
    }

    /** Why this text may not be accepted in this field, if it may not. */
    public static Optional<String> textProblem(String field, String value) {
        int max = maxLength(field);
        if (value.length() > max) {
            return Optional.of("is longer than " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("contains the control character U+%04X".formatted((int) c));
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return Optional.of("contains an unpaired surrogate, which is not text");
                }
            }
        }
        return Optional.empty();
    }

    /** Why this number may not be accepted, if it may not; cheap whatever its exponent. */
    public static Optional<String> numberProblem(BigDecimal value) {
        if (value.scale() > MAX_SCALE && value.stripTrailingZeros().scale() > MAX_SCALE) {
            return Optional.of("has more than " + MAX_SCALE + " decimals");
        }
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of("is not under 10^" + MAX_INTEGER_DIGITS);
        }
        return Optional.empty();
    }

    /** Why this date may not be accepted, if it may not. */
    public static Optional<String> dateProblem(LocalDate value) {
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            return Optional.of("is not between " + EARLIEST + " and " + LATEST);
        }
        return Optional.empty();
    }
}
