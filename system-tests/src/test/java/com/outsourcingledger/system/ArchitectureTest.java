package com.outsourcingledger.system;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** command-side → shared-api ← query-side, with the shared platform beneath both; features stay apart. */
@AnalyzeClasses(packages = "com.outsourcingledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandSideNeverUsesQuerySide = noClasses()
            .that().resideInAPackage("com.outsourcingledger.command..")
            .should().dependOnClassesThat().resideInAPackage("com.outsourcingledger.query..");

    @ArchTest
    static final ArchRule querySideNeverUsesCommandSide = noClasses()
            .that().resideInAPackage("com.outsourcingledger.query..")
            .should().dependOnClassesThat().resideInAPackage("com.outsourcingledger.command..");

    @ArchTest
    static final ArchRule sharedApiIsPlainJava = noClasses()
            .that().resideInAPackage("com.outsourcingledger.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "com.outsourcingledger.platform..", "com.outsourcingledger.command..", "com.outsourcingledger.query..");

    @ArchTest
    static final ArchRule platformKnowsNoFeature = noClasses()
            .that().resideInAPackage("com.outsourcingledger.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("com.outsourcingledger.command..",
                    "com.outsourcingledger.query..");

    @ArchTest
    static final ArchRule commandFeaturesTalkOnlyThroughMessages = slices()
            .matching("com.outsourcingledger.command.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule queryFeaturesTalkOnlyThroughMessages = slices()
            .matching("com.outsourcingledger.query.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule apiFeaturesAreFreeOfCycles = slices()
            .matching("com.outsourcingledger.api.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noGrabBagPackages = noClasses()
            .should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..");

    @ArchTest
    static final ArchRule readModelsAreNotJpaEntities = noClasses()
            .should().beAnnotatedWith("jakarta.persistence.Entity");
}
