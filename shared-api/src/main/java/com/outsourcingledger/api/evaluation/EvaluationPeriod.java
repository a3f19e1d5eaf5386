package com.outsourcingledger.api.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An evaluation period, written by its cadence: a month {@code 2026-03}, a quarter {@code 2026-Q1}, a half year
 * {@code 2026-H1} or a year {@code 2026}.
 */
public record EvaluationPeriod(String value) implements Comparable<EvaluationPeriod> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public EvaluationPeriod {
        Objects.requireNonNull(value, "value");
        if (cadenceOf(value) == null) {
            throw new IllegalArgumentException("An evaluation period is a month like 2026-03, a quarter like 2026-Q1, "
                    + "a half year like 2026-H1 or a year like 2026, not " + value);
        }
    }

    public static EvaluationPeriod of(String value) {
        return new EvaluationPeriod(value);
    }

    /** The period of this cadence that contains the day. */
    public static EvaluationPeriod containing(LocalDate day, EvaluationCadence cadence) {
        int year = day.getYear();
        int month = day.getMonthValue();
        return new EvaluationPeriod(switch (cadence) {
            case MONTHLY -> YearMonth.from(day).toString();
            case QUARTERLY -> year + "-Q" + ((month - 1) / 3 + 1);
            case SEMI_ANNUAL -> year + "-H" + ((month - 1) / 6 + 1);
            case ANNUAL -> Integer.toString(year);
        });
    }

    public EvaluationCadence cadence() {
        return cadenceOf(value);
    }

    public LocalDate start() {
        Matcher m;
        if ((m = MONTH.matcher(value)).matches()) {
            return YearMonth.parse(value).atDay(1);
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
        }
        if ((m = HALF.matcher(value)).matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 6 + 1, 1);
        }
        return LocalDate.of(Integer.parseInt(value), 1, 1);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return start().plusMonths(cadence().months()).minusDays(1);
    }

    public EvaluationPeriod next() {
        return containing(end().plusDays(1), cadence());
    }

    public EvaluationPeriod previous() {
        return containing(start().minusDays(1), cadence());
    }

    /** Whether the day falls in this period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    private static EvaluationCadence cadenceOf(String value) {
        if (MONTH.matcher(value).matches()) {
            return EvaluationCadence.MONTHLY;
        }
        if (QUARTER.matcher(value).matches()) {
            return EvaluationCadence.QUARTERLY;
        }
        if (HALF.matcher(value).matches()) {
            return EvaluationCadence.SEMI_ANNUAL;
        }
        return YEAR.matcher(value).matches() ? EvaluationCadence.ANNUAL : null;
    }

    @Override
    public int compareTo(EvaluationPeriod other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return value;
    }
}
