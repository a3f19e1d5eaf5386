package com.outsourcingledger.system;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;

import java.util.Set;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
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

    /** Durable deadlines are executed by command-side alone; query-side must not even schedule one. */
    @ArchTest
    static final ArchRule onlyTheCommandSideUsesDeadlines = noClasses()
            .that().resideInAPackage("com.outsourcingledger.query..")
            .should().dependOnClassesThat().resideInAPackage("com.outsourcingledger.platform.deadlines..");

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

    private static final DescribedPredicate<JavaClass> DOMAIN_MODEL = DescribedPredicate.describe(
            "aggregates, their facets and their rules", type -> type.getPackageName().startsWith("com.outsourcingledger.command")
                    && (type.isAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
                    || type.getSimpleName().endsWith("Rules")
                    || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(
                    "org.axonframework.commandhandling.CommandHandler") || method.isAnnotatedWith(
                    "org.axonframework.eventsourcing.EventSourcingHandler"))));

    /** The domain refuses with the API's {@code Refusal}; the chassis (web, JDBC, security) stays outside it. */
    @ArchTest
    static final ArchRule theDomainModelDoesNotDependOnThePlatform = noClasses()
            .that(DOMAIN_MODEL)
            .should().dependOnClassesThat().resideInAPackage("com.outsourcingledger.platform..");

    /** lookup/ and process/ serve the features; the rules below keep them from reaching back into one. */
    @ArchTest
    static final ArchRule commandFeaturesTalkOnlyThroughMessages = slices()
            .matching("com.outsourcingledger.command.(*)..")
            .that(DescribedPredicate.describe("are features", (Slice slice) ->
                    !Set.of("lookup", "process").contains(slice.getNamePart(1))))
            .should().notDependOnEachOther();

    /**
     * Not features: the read-model kit every feature builds on, the operating of read models, how personal data
     * is shown outward (privacy), which every rendering of a view, the audit or the stream goes through, and the
     * console, whose pages read every feature.
     */
    private static final Set<String> QUERY_KITS = Set.of("readmodel", "admin", "sse", "privacy", "console");

    @ArchTest
    static final ArchRule lookupKnowsNoFeature = noClasses()
            .that().resideInAPackage("com.outsourcingledger.command.lookup..")
            .should().dependOnClassesThat(resideInAPackage("com.outsourcingledger.command..")
                    .and(not(resideInAPackage("com.outsourcingledger.command.lookup.."))));

    /** A process (saga) speaks only in messages: of this code base it knows the shared API and nothing else. */
    @ArchTest
    static final ArchRule processKnowsOnlyTheApi = noClasses()
            .that().resideInAPackage("com.outsourcingledger.command.process..")
            .should().dependOnClassesThat(resideInAPackage("com.outsourcingledger..")
                    .and(not(resideInAnyPackage("com.outsourcingledger.api..",
                            "com.outsourcingledger.command.process.."))));

    @ArchTest
    static final ArchRule queryFeaturesTalkOnlyThroughMessages = slices()
            .matching("com.outsourcingledger.query.(*)..")
            .that(DescribedPredicate.describe("are features", slice -> !QUERY_KITS.contains(slice.getNamePart(1))))
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule readModelKitKnowsNoFeature = noClasses()
            .that().resideInAPackage("com.outsourcingledger.query.readmodel..")
            .should().dependOnClassesThat(resideInAPackage("com.outsourcingledger.query..")
                    .and(DescribedPredicate.not(resideInAPackage("com.outsourcingledger.query.readmodel.."))));

    /** The console's layout, sign-in and languages: each feature's pages build on it, never the other way. */
    @ArchTest
    static final ArchRule consoleKnowsNoFeature = noClasses()
            .that().resideInAPackage("com.outsourcingledger.query.console..")
            .should().dependOnClassesThat(resideInAPackage("com.outsourcingledger.query..")
                    .and(DescribedPredicate.not(resideInAPackage("com.outsourcingledger.query.console.."))));

    @ArchTest
    static final ArchRule readModelAdministrationKnowsNoFeature = noClasses()
            .that().resideInAPackage("com.outsourcingledger.query.admin..")
            .should().dependOnClassesThat(resideInAPackage("com.outsourcingledger.query..")
                    .and(DescribedPredicate.not(resideInAnyPackage("com.outsourcingledger.query.admin..",
                            "com.outsourcingledger.query.readmodel.."))));

    @ArchTest
    static final ArchRule auditPartsAreFreeOfCycles = slices()
            .matching("com.outsourcingledger.query.audit.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule streamPartsAreFreeOfCycles = slices()
            .matching("com.outsourcingledger.query.stream.(*)..")
            .should().beFreeOfCycles();

    /** The chain is the format and the algorithm an auditor re-runs offline: it knows nothing else of the audit. */
    @ArchTest
    static final ArchRule auditChainStandsAlone = noClasses()
            .that().resideInAPackage("com.outsourcingledger.query.audit.chain..")
            .should().dependOnClassesThat(resideInAPackage("com.outsourcingledger.query.audit..")
                    .and(not(resideInAPackage("com.outsourcingledger.query.audit.chain.."))));

    @ArchTest
    static final ArchRule apiFeaturesAreFreeOfCycles = slices()
            .matching("com.outsourcingledger.api.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noGrabBagPackages = noClasses()
            .should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..");

    private static final DescribedPredicate<JavaClass> BARE_CONTAINER = assignableTo(java.util.Collection.class)
            .or(assignableTo(java.util.Map.class));

    /**
     * A query answer crosses the query bus serialized when it runs on Axon Server: a bare list or map loses its
     * element type on the wire (Jackson reads it back as maps), so every answer is a record that names its types.
     */
    @ArchTest
    static final ArchRule queryAnswersAreTypedRecords = methods()
            .that().areAnnotatedWith("org.axonframework.queryhandling.QueryHandler")
            .should().haveRawReturnType(DescribedPredicate.not(BARE_CONTAINER));


    @ArchTest
    static final ArchRule readModelsAreNotJpaEntities = noClasses()
            .should().beAnnotatedWith("jakarta.persistence.Entity");
}
