package com.outsourcingledger.query.stream.catalog;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.query.privacy.PersonalDataForTests;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A filled-in instance of any event record, so every type in the catalog can be checked against its schema
 * without a hand-written sample; a value object that refuses the made-up values is left null (events never
 * validate, so the schemas allow it).
 */
final class Samples {

    private Samples() {
    }

    static Object of(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i].getGenericType());
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = record.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Object value(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Object element = value(parameterized.getActualTypeArguments()[0]);
            if (Set.class.isAssignableFrom(raw)) {
                return Set.of(element);
            }
            if (List.class.isAssignableFrom(raw)) {
                return List.of(element);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(value(parameterized.getActualTypeArguments()[0]), value(parameterized.getActualTypeArguments()[1]));
            }
            return null;
        }
        Class<?> c = (Class<?>) type;
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c == SealedPersonalData.class) {
            return PersonalDataForTests.VAULT.seal("sample-subject", new PersonalData("样例", "110101199003078515", "样例"));
        }
        if (c.isRecord()) {
            return of(c);
        }
        return Map.<Class<?>, Object>of(String.class, "样例", int.class, 7, long.class, 7L, boolean.class, true,
                Integer.class, 7, Long.class, 7L, Boolean.class, true, BigDecimal.class, new BigDecimal("1234.50"),
                LocalDate.class, LocalDate.of(2026, 3, 31), Instant.class, Instant.parse("2026-03-31T01:02:03Z"))
                .getOrDefault(c, c == UUID.class ? UUID.randomUUID() : null);
    }
}
