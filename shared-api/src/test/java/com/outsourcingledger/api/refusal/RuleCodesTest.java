package com.outsourcingledger.api.refusal;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RuleCodesTest {

    private static final String WELL_FORMED = "[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*";

    @Test
    void listsEveryRuleCodeOnce() {
        Map<String, Long> counts = RuleCodes.all().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(counts.entrySet()).filteredOn(entry -> entry.getValue() > 1).as("duplicate rule codes").isEmpty();
        assertThat(RuleCodes.all()).hasSizeGreaterThan(250);
    }

    @Test
    void everyRuleCodeIsLowercaseDottedSegmentsWithDashes() {
        assertThat(RuleCodes.all()).allSatisfy(code -> assertThat(code).matches(WELL_FORMED));
    }

    @Test
    void everyHolderIsCatalogued() throws URISyntaxException {
        File folder = new File(RuleCodes.class.getResource("RuleCodes.class").toURI()).getParentFile();
        List<String> holders = Arrays.stream(Objects.requireNonNull(folder.list()))
                .filter(name -> name.endsWith("RuleCodes.class") && !name.equals("RuleCodes.class"))
                .map(name -> name.replace(".class", "")).sorted().toList();

        assertThat(RuleCodes.HOLDERS).extracting(Class::getSimpleName).containsExactlyInAnyOrderElementsOf(holders);
    }

    @Test
    void holdersHoldOnlyPublicStringConstants() {
        assertThat(RuleCodes.HOLDERS).allSatisfy(holder -> assertThat(holder.getDeclaredFields()).allSatisfy(field -> {
            assertThat(Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers())
                    && Modifier.isFinal(field.getModifiers())).as(field.toString()).isTrue();
            assertThat(field.getType()).as(field.toString()).isEqualTo(String.class);
        }));
    }

    @Test
    void aConstantIsNamedAfterItsCode() {
        assertThat(RuleCodes.HOLDERS).allSatisfy(holder -> assertThat(holder.getDeclaredFields())
                .allSatisfy(field -> assertThat(constantName(value(field))).endsWith(field.getName())));
    }

    private static String constantName(String code) {
        return code.toUpperCase().replace('.', '_').replace('-', '_');
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
