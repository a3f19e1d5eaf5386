package com.outsourcingledger.system;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI documents name each request and answer type by its simple name: two types with one name become one
 * schema, and one of the two operations shows the other's body (the SLA review showed the project review's). So
 * the types of the API (shared-api's records and the records the controllers declare) have unique simple names.
 */
class ApiTypeNamesTest {

    @Test
    void everyApiRecordHasItsOwnName() {
        Map<String, List<String>> byName = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.outsourcingledger").stream()
                .filter(JavaClass::isRecord)
                .filter(type -> !type.getModifiers().contains(JavaModifier.PRIVATE))
                .filter(type -> type.getPackageName().startsWith("com.outsourcingledger.api")
                        || type.getEnclosingClass().map(c -> c.getSimpleName().endsWith("Controller")).orElse(false))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        assertThat(byName).as("API records").hasSizeGreaterThan(50);
        assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getValue).toList())
                .as("API records sharing a simple name").isEmpty();
    }
}
