package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectEvent.*;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.IntStream;

import static com.outsourcingledger.command.specialaudit.control.RuleFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

class ApprovalOrderRuleTest {

    private static final Instant MAY_10 = at(5, 10, 10);

    @Test
    void answersAppliedForAProjectEstablishedThroughTheChainInOrder() {
        ControlAnswer answer = answer(new ApprovalOrderRule(),
                ProjectPlanting.established("p-1", MAY_10, ZONE).events());

        assertThat(answer.control()).isEqualTo(AuditControl.APPROVAL_ORDER_WITH_SHAM_ASSESSMENT);
        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void judgesOnlyTheRoundThatEstablishedTheProject() {
        ProjectPlanting project = ProjectPlanting.drafted("p-1", MAY_10.minus(Duration.ofDays(20)), ZONE)
                .submitted(MAY_10.minus(Duration.ofDays(19)))
                .reviewed(ApprovalStep.BUSINESS_HEAD, ReviewOpinion.APPROVE, null)
                .reviewed(ApprovalStep.HR_COMPLIANCE, ReviewOpinion.RETURN, ShamOutsourcingRisk.MEDIUM)
                .revised(MAY_10.minus(Duration.ofDays(9)))
                .submitted(MAY_10.minus(Duration.ofDays(8)))
                .approvedFrom(MAY_10, ShamOutsourcingRisk.LOW);

        assertThat(answer(new ApprovalOrderRule(), project.events()).applied()).isTrue();
    }

    @Test
    void listsAProjectWhoseHrStepPassedWithoutAShamOutsourcingAssessment() {
        ProjectPlanting project = ProjectPlanting.drafted("p-1", MAY_10.minus(Duration.ofDays(14)), ZONE)
                .submitted(MAY_10.minus(Duration.ofDays(13)))
                .approvedFrom(MAY_10, null);

        ControlAnswer answer = answer(new ApprovalOrderRule(), project.events());

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.subjectKind()).isEqualTo(AggregateKind.PROJECT);
            assertThat(exception.subjectId()).isEqualTo("p-1");
            assertThat(exception.description()).contains("HR's review recorded no sham-outsourcing risk assessment");
            assertThat(exception.evidenceEventIds()).containsExactlyElementsOf(
                    IntStream.rangeClosed(2, 7).mapToObj(project::eventId).toList());
        });
    }

    @Test
    void listsAProjectWhoseStepsRanOutOfOrder() {
        ProjectPlanting project = ProjectPlanting.drafted("p-1", MAY_10.minus(Duration.ofDays(14)), ZONE)
                .submitted(MAY_10)
                .reviewed(ApprovalStep.BUSINESS_HEAD, ReviewOpinion.APPROVE, null)
                .reviewed(ApprovalStep.FINANCE_BUDGET, ReviewOpinion.APPROVE, null)
                .reviewed(ApprovalStep.HR_COMPLIANCE, ReviewOpinion.APPROVE, ShamOutsourcingRisk.LOW)
                .reviewed(ApprovalStep.LEGAL_RISK, ReviewOpinion.APPROVE, null)
                .reviewed(ApprovalStep.MANAGEMENT_FINAL, ReviewOpinion.APPROVE, null)
                .established();

        assertThat(answer(new ApprovalOrderRule(), project.events()).exceptions()).singleElement()
                .satisfies(exception -> assertThat(exception.description())
                        .contains("[BUSINESS_HEAD, FINANCE_BUDGET, HR_COMPLIANCE, LEGAL_RISK, MANAGEMENT_FINAL]"));
    }

    @Test
    void listsAStepReviewedByAnotherDepartmentAndAHighRiskPassed() {
        ProjectPlanting project = ProjectPlanting.drafted("p-1", MAY_10.minus(Duration.ofDays(14)), ZONE)
                .submitted(MAY_10)
                .reviewed(ApprovalStep.BUSINESS_HEAD, ReviewOpinion.APPROVE, null)
                .reviewed(ApprovalStep.HR_COMPLIANCE, ReviewOpinion.APPROVE, ShamOutsourcingRisk.HIGH)
                .reviewed(ApprovalStep.FINANCE_BUDGET, ReviewOpinion.APPROVE, null)
                .reviewedAs(ApprovalStep.LEGAL_RISK, Department.FINANCE, ReviewOpinion.APPROVE, null)
                .reviewed(ApprovalStep.MANAGEMENT_FINAL, ReviewOpinion.APPROVE, null)
                .established();

        assertThat(answer(new ApprovalOrderRule(), project.events()).exceptions()).singleElement()
                .satisfies(exception -> assertThat(exception.description())
                        .contains("HR's review passed a HIGH sham-outsourcing risk")
                        .contains("the LEGAL_RISK step was reviewed by FINANCE, not by LEGAL"));
    }

    @Test
    void leavesOutProjectsEstablishedOutsideThePeriod() {
        Instant newYearsEve = LocalDate.of(2025, 12, 31).atTime(23, 30).atZone(ZONE).toInstant();
        ProjectPlanting before = ProjectPlanting.drafted("p-1", newYearsEve.minus(Duration.ofDays(14)), ZONE)
                .submitted(newYearsEve.minus(Duration.ofDays(13)))
                .approvedFrom(newYearsEve.minus(Duration.ofHours(4)), null);

        ControlAnswer answer = answer(new ApprovalOrderRule(), before.events());

        assertThat(answer.subjectsChecked()).isZero();
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void readsHistoriesStoredBeforeLaterComponentsAndDepartmentsInReviews() {
        PlantedHistory cancelled = PlantedHistory.of("Project", "p-old", MAY_10).by("BUSINESS", "business1")
                .event(new ProjectDrafted("p-old", ProjectPlanting.request(day(5, 10)), "business1"))
                .event(new ProjectCancelled("p-old", "预算取消", day(5, 10), null));
        PlantedHistory unnamed = PlantedHistory.of("Project", "p-unnamed", MAY_10).by("BUSINESS", "business1")
                .event(new ProjectSubmitted("p-unnamed", "business1", day(5, 10), 1));
        for (ApprovalStep step : ApprovalStep.values()) {
            unnamed.by(step.department().name(), "reviewer").event(new ProjectReviewed("p-unnamed", 1, step,
                    ReviewOpinion.APPROVE, "同意", step == ApprovalStep.HR_COMPLIANCE ? ShamOutsourcingRisk.LOW : null,
                    "reviewer", null, day(5, 10)));
        }
        unnamed.event(new ProjectEstablished("p-unnamed", day(5, 10)));

        ControlAnswer answer = answer(new ApprovalOrderRule(), cancelled.events(), unnamed.events());

        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }
}
