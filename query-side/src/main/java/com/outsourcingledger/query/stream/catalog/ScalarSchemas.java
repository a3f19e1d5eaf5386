package com.outsourcingledger.query.stream.catalog;

import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static com.outsourcingledger.query.stream.catalog.EventSchemas.simple;

/** Schemas of the single values the wire format writes (ISO-8601 dates and times, exact decimals as numbers). */
final class ScalarSchemas {

    private static final Map<Class<?>, Supplier<ObjectNode>> SCHEMAS = Map.ofEntries(
            Map.entry(String.class, () -> simple("string")),
            Map.entry(char.class, () -> simple("string").put("minLength", 1).put("maxLength", 1)),
            Map.entry(Character.class, () -> simple("string").put("minLength", 1).put("maxLength", 1)),
            Map.entry(UUID.class, () -> simple("string").put("format", "uuid")),
            Map.entry(Currency.class, () -> simple("string").put("pattern", "^[A-Z]{3}$")),
            Map.entry(boolean.class, () -> simple("boolean")),
            Map.entry(Boolean.class, () -> simple("boolean")),
            Map.entry(byte.class, () -> simple("integer")),
            Map.entry(short.class, () -> simple("integer")),
            Map.entry(int.class, () -> simple("integer")),
            Map.entry(long.class, () -> simple("integer")),
            Map.entry(Byte.class, () -> simple("integer")),
            Map.entry(Short.class, () -> simple("integer")),
            Map.entry(Integer.class, () -> simple("integer")),
            Map.entry(Long.class, () -> simple("integer")),
            Map.entry(BigInteger.class, () -> simple("integer")),
            Map.entry(BigDecimal.class, () -> simple("number")),
            Map.entry(float.class, () -> simple("number")),
            Map.entry(double.class, () -> simple("number")),
            Map.entry(Float.class, () -> simple("number")),
            Map.entry(Double.class, () -> simple("number")),
            Map.entry(LocalDate.class, () -> simple("string").put("format", "date")),
            Map.entry(Instant.class, () -> simple("string").put("format", "date-time")),
            Map.entry(OffsetDateTime.class, () -> simple("string").put("format", "date-time")),
            Map.entry(ZonedDateTime.class, () -> simple("string")),
            Map.entry(LocalDateTime.class, () -> simple("string")),
            Map.entry(LocalTime.class, () -> simple("string")),
            Map.entry(Duration.class, () -> simple("string").put("format", "duration")),
            Map.entry(Period.class, () -> simple("string").put("format", "duration")),
            Map.entry(YearMonth.class, () -> simple("string").put("pattern", "^-?\\d{4,}-\\d{2}$")),
            Map.entry(Year.class, () -> simple("integer")));

    private ScalarSchemas() {
    }

    static Optional<ObjectNode> of(Class<?> type) {
        return Optional.ofNullable(SCHEMAS.get(type)).map(Supplier::get);
    }
}
