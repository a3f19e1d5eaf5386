package com.outsourcingledger.api.contract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A measurement period: a month written {@code 2026-03} or a quarter written {@code 2026-Q1}. */
public record SlaPeriod(String value) implements Comparable<SlaPeriod> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public SlaPeriod {
        Objects.requireNonNull(value, "value");
        if (!MONTH.matcher(value).matches() && !QUARTER.matcher(value).matches()) {
            throw new IllegalArgumentException("A period is a month like 2026-03 or a quarter like 2026-Q1, not "
                    + value);
        }
    }

    public static SlaPeriod of(String value) {
        return new SlaPeriod(value);
    }

    public static SlaPeriod containing(LocalDate day, MeasurementPeriod kind) {
        return kind == MeasurementPeriod.MONTHLY
                ? new SlaPeriod(YearMonth.from(day).toString())
                : new SlaPeriod(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
    }

    public MeasurementPeriod kind() {
        return MONTH.matcher(value).matches() ? MeasurementPeriod.MONTHLY : MeasurementPeriod.QUARTERLY;
    }

    public LocalDate start() {
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            return LocalDate.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1, 1);
        }
        return YearMonth.parse(value).atDay(1);
    }

    public LocalDate end() {
        return start().plusMonths(months()).minusDays(1);
    }

    public int months() {
        return kind() == MeasurementPeriod.MONTHLY ? 1 : 3;
    }

    /** The period of the same kind just before this one: consecutive periods are each other's previous. */
    public SlaPeriod previous() {
        return containing(start().minusDays(1), kind());
    }

    @Override
    public int compareTo(SlaPeriod other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return value;
    }
}
