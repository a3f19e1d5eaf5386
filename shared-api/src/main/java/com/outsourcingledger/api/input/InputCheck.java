package com.outsourcingledger.api.input;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Walks a message (a record of records, collections, text, numbers and dates) and lists every value that breaks
 * {@link InputRules}, by its path: {@code content.clauses[0]}, {@code penaltyCapPerPeriod.amount}. A null element
 * of a collection is refused too; a null field is left to the rules that know whether it is required.
 */
public final class InputCheck {

    /** One refused value: where it is and why. */
    public record Problem(String field, String message) {

        @Override
        public String toString() {
            return "'" + field + "' " + message;
        }
    }

    private static final int MAX_DEPTH = 16;
    private static final ClassValue<Accessor[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Accessor[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Accessor[] accessors = new Accessor[components.length];
            for (int i = 0; i < components.length; i++) {
                Method method = components[i].getAccessor();
                method.setAccessible(true);
                accessors[i] = new Accessor(components[i].getName(), method);
            }
            return accessors;
        }
    };

    private record Accessor(String name, Method method) {
    }

    private InputCheck() {
    }

    /** Every value of {@code message} that may not be accepted; empty when all may. */
    public static List<Problem> problems(Object message) {
        List<Problem> problems = new ArrayList<>();
        if (message != null && message.getClass().isRecord()) {
            walkRecord(message, "", problems, 0);
        }
        return problems;
    }

    private static void walkRecord(Object record, String prefix, List<Problem> problems, int depth) {
        for (Accessor accessor : ACCESSORS.get(record.getClass())) {
            Object value;
            try {
                value = accessor.method().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + prefix + accessor.name(), e);
            }
            check(value, accessor.name(), prefix + accessor.name(), problems, depth + 1);
        }
    }

    private static void check(Object value, String name, String path, List<Problem> problems, int depth) {
        if (depth > MAX_DEPTH) {
            problems.add(new Problem(path, "is nested deeper than " + MAX_DEPTH + " levels"));
        } else if (value instanceof String text) {
            InputRules.textProblem(name, text).ifPresent(message -> problems.add(new Problem(path, message)));
        } else if (value instanceof BigDecimal number) {
            InputRules.numberProblem(number).ifPresent(message -> problems.add(new Problem(path, message)));
        } else if (value instanceof BigInteger number) {
            InputRules.numberProblem(new BigDecimal(number)).ifPresent(m -> problems.add(new Problem(path, m)));
        } else if (value instanceof LocalDate date) {
            InputRules.dateProblem(date).ifPresent(message -> problems.add(new Problem(path, message)));
        } else if (value instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                String at = path + "[" + index++ + "]";
                if (element == null) {
                    problems.add(new Problem(at, "is null; a list holds no empty elements"));
                } else {
                    check(element, name, at, problems, depth + 1);
                }
            }
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, element) -> {
                String at = path + "[" + key + "]";
                check(key, name, at, problems, depth + 1);
                check(element, name, at, problems, depth + 1);
            });
        } else if (value != null && value.getClass().isRecord()) {
            walkRecord(value, path + ".", problems, depth);
        }
    }
}
