package com.outsourcingledger.system;

import com.outsourcingledger.api.contract.ContractEvent;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.PostMapping;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four no-directs of §12, by omission: the worker API has no command, endpoint or field for recruiting or
 * interviewing, pay or benefits, attendance or leave, discipline or reward, individual appraisal, or task
 * assignment and post changes. Those stay the vendor's; a name that would bring one in fails here. Instructions and
 * rule-violation reports exist only as commands addressed to the vendor, through its site lead ({@code …ToVendor}).
 */
class WorkerNoDirectsTest {

    /** Lower case, without separators: {@code post-change} matches {@code PostChange}, {@code post_change}. */
    static final List<String> FORBIDDEN = List.of(
            "recruit", "interview", "hiring",
            "salary", "pay", "wage", "bonus", "benefit", "compensation",
            "attendance", "leave", "overtime", "timesheet",
            "discipline", "reward", "punish",
            "appraisal", "performancereview",
            "assign", "task", "postchange", "transfer",
            "instruct", "feedback");

    /** What gives the vendor's people direction: an instruction, a rule-violation report, feedback. */
    static final List<String> DIRECTING = List.of("instruct", "ruleviolation", "feedback");

    private static final JavaClasses WORKER_API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.outsourcingledger.api.worker", "com.outsourcingledger.command.worker");

    @Test
    void noCommandEndpointOrRecordComponentOfTheWorkerApiNamesADirectOfTheVendorsWork() {
        List<String> offences = names().stream().filter(name -> !forbiddenIn(name).isEmpty()).toList();

        assertThat(offences).as("names in api.worker or command.worker that direct the vendor's workers").isEmpty();
    }

    @Test
    void readsEveryCommandEndpointAndComponent() {
        assertThat(names()).contains("class FileWorker", "class StartOffboarding", "component personalData",
                "component badgeNumber", "endpoint /workers/{workerId}/access-grants/{grantId}/revocation",
                "method revokeAccess");
    }

    @Test
    void wouldCatchEachNoDirect() {
        assertThat(List.of("AssignTask", "RecordOvertime", "grantLeave", "PayBonus", "ScheduleInterview",
                "/workers/{workerId}/post-change", "DisciplineWorker", "PerformanceReview", "transferWorker",
                "InstructWorker", "/workers/{workerId}/instructions", "GiveWorkerFeedback"))
                .allSatisfy(name -> assertThat(forbiddenIn(name)).as(name).isNotEmpty());
        assertThat(List.of("RequestAccess", "IssueBadge", "InductWorker", "ReturnAsset", "RevokeAccess"))
                .allSatisfy(name -> assertThat(forbiddenIn(name)).as(name).isEmpty());
    }

    @Test
    void everyInstructionOrReportIsACommandAddressedToTheVendorAndNoneToAWorker() {
        List<JavaClass> commands = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.outsourcingledger.api").stream()
                .filter(type -> type.getRawInterfaces().stream().anyMatch(i -> i.getSimpleName().endsWith("Command")))
                .toList();
        List<String> directing = commands.stream().map(JavaClass::getSimpleName)
                .filter(name -> DIRECTING.stream().anyMatch(plain(name)::contains)).toList();

        assertThat(directing).as("commands that instruct or report").isNotEmpty()
                .contains("IssueInstructionToVendor", "ReportRuleViolationToVendor")
                .allSatisfy(name -> assertThat(name).endsWith("ToVendor"));
        assertThat(commands).filteredOn(type -> type.getPackageName().endsWith(".worker")).isNotEmpty()
                .allSatisfy(type -> assertThat(DIRECTING).noneMatch(plain(type.getSimpleName())::contains));
        assertThat(List.of(ContractEvent.InstructionIssuedToVendor.class,
                ContractEvent.RuleViolationReportedToVendor.class)).allSatisfy(event ->
                assertThat(Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName))
                        .contains("vendorId", "addressee", "addressedToSiteLead"));
    }

    private static String plain(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    static List<String> forbiddenIn(String name) {
        return FORBIDDEN.stream().filter(plain(name)::contains).toList();
    }

    /** Each class, method, record component and endpoint path of the two packages, named by kind. */
    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (JavaClass type : WORKER_API) {
            if (type.getSimpleName().isEmpty()) {
                continue;
            }
            names.add("class " + type.getSimpleName());
            type.getFields().stream().filter(field -> !field.getModifiers().contains(
                            com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC))
                    .forEach(field -> names.add("component " + field.getName()));
            for (JavaMethod method : type.getMethods()) {
                if (method.getName().startsWith("lambda$") || method.getModifiers().contains(
                        com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC)) {
                    continue;
                }
                names.add("method " + method.getName());
                if (method.isAnnotatedWith(PostMapping.class)) {
                    Arrays.stream(method.getAnnotationOfType(PostMapping.class).value())
                            .forEach(path -> names.add("endpoint " + path));
                }
            }
        }
        return names;
    }
}
