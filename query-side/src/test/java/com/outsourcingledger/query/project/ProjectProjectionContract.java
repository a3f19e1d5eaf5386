package com.outsourcingledger.query.project;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.CostBenefit;
import com.outsourcingledger.api.project.NonCoreDeclaration;
import com.outsourcingledger.api.project.ProjectCategory;
import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectEvent.*;
import com.outsourcingledger.api.project.ProjectPeriod;
import com.outsourcingledger.api.project.ProjectQuery.*;
import com.outsourcingledger.api.project.ProjectRequest;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The project projection driven through its handlers against a real database, as the app drives it. */
abstract class ProjectProjectionContract {

    private static final Instant T0 = Instant.parse("2026-04-01T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private final Map<String, Long> sequences = new HashMap<>();
    private ProjectProjection projection;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        projection = new ProjectProjection(dataSource());
        projection.reset();
    }

    private void apply(ProjectEvent... events) {
        for (ProjectEvent event : events) {
            long sequence = sequences.merge(event.projectId(), 1L, Long::sum) - 1;
            projection.on(event, T0.plusSeconds(60 * sequence), sequence);
        }
    }

    static ProjectRequest request(String name, String department, ProjectCategory category) {
        return new ProjectRequest(name, "背景", department, "王五", category, "范围", "交付物", "接通率≥95%",
                new ProjectPeriod(DAY, DAY.plusYears(2)), 10, Money.cny("1000000.00"), "预算", Money.cny("50000.00"),
                "风险", new CostBenefit(Money.cny("1000000.00"), Money.cny("1300000.00"), "节约"), List.of("目标"),
                new NonCoreDeclaration(true, true, true, "辅助"));
    }

    private static ProjectReviewed review(String id, int round, ApprovalStep step, ReviewOpinion opinion) {
        return new ProjectReviewed(id, round, step, opinion, "意见", step == ApprovalStep.HR_COMPLIANCE
                ? ShamOutsourcingRisk.MEDIUM : null, step.department().name().toLowerCase() + "2", step.department(), DAY);
    }

    private void submitted(String id, String name, String department, ProjectCategory category) {
        apply(new ProjectDrafted(id, request(name, department, category), "business"),
                new ProjectSubmitted(id, "business", DAY, 1));
    }

    @Test
    void foldsTheFullApprovalTrailAcrossARoundReturnedForRevision() {
        submitted("p1", "客服外包", "客户服务部", ProjectCategory.BPO);
        apply(review("p1", 1, ApprovalStep.BUSINESS_HEAD, ReviewOpinion.APPROVE),
                review("p1", 1, ApprovalStep.HR_COMPLIANCE, ReviewOpinion.RETURN),
                new ProjectRevised("p1", request("客服外包（修订）", "客户服务部", ProjectCategory.BPO), "business3"),
                new ProjectSubmitted("p1", "business", DAY, 2));
        for (ApprovalStep step : ApprovalStep.values()) {
            apply(review("p1", 2, step, ReviewOpinion.APPROVE));
        }
        apply(new ProjectEstablished("p1", DAY));

        ProjectDetail detail = projection.handle(new FindProject("p1")).orElseThrow();
        assertThat(detail.status()).isEqualTo(ProjectStatus.ESTABLISHED);
        assertThat(detail.request().name()).isEqualTo("客服外包（修订）");
        assertThat(detail.round()).isEqualTo(2);
        assertThat(detail.revisedBy()).containsExactly("business3");
        assertThat(detail.approvals()).hasSize(7);
        assertThat(detail.approvals()).extracting(ApprovalView::round, ApprovalView::step, ApprovalView::opinion,
                ApprovalView::reviewer, ApprovalView::department).startsWith(
                tuple(1, ApprovalStep.BUSINESS_HEAD, ReviewOpinion.APPROVE, "business2", Department.BUSINESS),
                tuple(1, ApprovalStep.HR_COMPLIANCE, ReviewOpinion.RETURN, "hr2", Department.HR));
        assertThat(detail.approvals().get(1).shamOutsourcingRisk()).isEqualTo(ShamOutsourcingRisk.MEDIUM);
        assertThat(detail.approvals().get(1).at()).isEqualTo(T0.plusSeconds(180));
        assertThat(detail.establishedOn()).isEqualTo(DAY);
        assertThat(detail.awaitingStep()).isNull();
    }

    @Test
    void eachDepartmentsQueueHoldsTheRequestsAwaitingItsStep() {
        submitted("p1", "客服外包", "客户服务部", ProjectCategory.BPO);
        submitted("p2", "IT运维外包", "信息技术部", ProjectCategory.IT);
        submitted("p3", "招聘外包", "人力资源部", ProjectCategory.HR);
        apply(review("p2", 1, ApprovalStep.BUSINESS_HEAD, ReviewOpinion.APPROVE),
                review("p3", 1, ApprovalStep.BUSINESS_HEAD, ReviewOpinion.REJECT));

        assertThat(projection.handle(new FindReviewQueue(Department.BUSINESS)).items())
                .extracting(ProjectSummary::projectId).containsExactly("p1");
        assertThat(projection.handle(new FindReviewQueue(Department.HR)).items())
                .extracting(ProjectSummary::projectId, ProjectSummary::awaitingStep)
                .containsExactly(tuple("p2", ApprovalStep.HR_COMPLIANCE));
        assertThat(projection.handle(new FindReviewQueue(Department.FINANCE)).items()).isEmpty();
    }

    @Test
    void aUsersQueueLeavesOutTheRequestsWhoseCurrentRoundTheyWroteOrSubmitted() {
        submitted("p1", "客服外包", "客户服务部", ProjectCategory.BPO);
        apply(review("p1", 1, ApprovalStep.BUSINESS_HEAD, ReviewOpinion.RETURN),
                new ProjectRevised("p1", request("客服外包（修订）", "客户服务部", ProjectCategory.BPO), "business2"),
                new ProjectSubmitted("p1", "business2", DAY, 2));
        submitted("p2", "IT运维外包", "信息技术部", ProjectCategory.IT);

        assertThat(projection.handle(new FindReviewQueue(Department.BUSINESS, "business")).items())
                .extracting(ProjectSummary::projectId).containsExactly("p1");
        assertThat(projection.handle(new FindReviewQueue(Department.BUSINESS, "business2")).items())
                .extracting(ProjectSummary::projectId).containsExactly("p2");
        assertThat(projection.handle(new FindReviewQueue(Department.BUSINESS, "business3")).items())
                .extracting(ProjectSummary::projectId).containsExactlyInAnyOrder("p1", "p2");
    }

    @Test
    void thePipelineFiltersByStatusRequestingDepartmentAndCategoryAndPages() {
        submitted("p1", "客服外包", "客户服务部", ProjectCategory.BPO);
        submitted("p2", "IT运维外包", "信息技术部", ProjectCategory.IT);
        apply(new ProjectDrafted("p3", request("IT开发外包", "信息技术部", ProjectCategory.IT), "business"),
                new ProjectCancelled("p3", "取消", DAY, null));

        assertThat(ids(projection.handle(new FindProjects(ProjectStatus.SUBMITTED, null, null, 0, 20))))
                .containsExactlyInAnyOrder("p1", "p2");
        assertThat(ids(projection.handle(new FindProjects(null, "信息技术部", ProjectCategory.IT, 0, 20))))
                .containsExactlyInAnyOrder("p2", "p3");
        assertThat(ids(projection.handle(new FindProjects(ProjectStatus.CANCELLED, null, ProjectCategory.IT, 0, 20))))
                .containsExactly("p3");
        ProjectPage firstOfTwo = projection.handle(new FindProjects(null, null, null, 0, 2));
        assertThat(firstOfTwo.items()).hasSize(2);
        assertThat(firstOfTwo.totalItems()).isEqualTo(3);
        assertThat(projection.handle(new FindProjects(null, null, null, 1, 2)).items()).hasSize(1);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        submitted("p1", "客服外包", "客户服务部", ProjectCategory.BPO);
        ProjectReviewed approval = review("p1", 1, ApprovalStep.BUSINESS_HEAD, ReviewOpinion.APPROVE);
        projection.on(approval, T0.plusSeconds(120), 2L);
        projection.on(approval, T0.plusSeconds(120), 2L);
        assertThat(projection.handle(new FindProject("p1")).orElseThrow().approvals()).hasSize(1);
    }

    @Test
    void followsTheProjectThroughSourcingAwardAndContract() {
        submitted("p1", "客服外包", "客户服务部", ProjectCategory.BPO);
        apply(new ProjectEstablished("p1", DAY), new ProjectSourcingStarted("p1", "s1"),
                new ProjectAwarded("p1", "s1", "v2", DAY), new ProjectContracted("p1", "c1", DAY));
        ProjectDetail detail = projection.handle(new FindProject("p1")).orElseThrow();
        assertThat(detail.status()).isEqualTo(ProjectStatus.CONTRACTED);
        assertThat(detail.sourcingId()).isEqualTo("s1");
        assertThat(detail.awardedVendorId()).isEqualTo("v2");
        assertThat(detail.contractId()).isEqualTo("c1");
        assertThat(projection.handle(new FindProject("unknown"))).isEmpty();
    }

    @Test
    void aCancelledRoundLeavesTheProjectEstablishedWithTheRoundOnRecord() {
        submitted("p1", "客服外包", "客户服务部", ProjectCategory.BPO);
        apply(new ProjectEstablished("p1", DAY), new ProjectSourcingStarted("p1", "s1"),
                new ProjectSourcingCancelled("p1", "s1", "流标", DAY, ProjectStatus.ESTABLISHED));
        ProjectDetail between = projection.handle(new FindProject("p1")).orElseThrow();
        assertThat(between.status()).isEqualTo(ProjectStatus.ESTABLISHED);
        assertThat(between.sourcingId()).isNull();
        assertThat(between.cancelledSourcingIds()).containsExactly("s1");

        apply(new ProjectSourcingStarted("p1", "s2"));
        ProjectDetail second = projection.handle(new FindProject("p1")).orElseThrow();
        assertThat(second.status()).isEqualTo(ProjectStatus.SOURCING);
        assertThat(second.sourcingId()).isEqualTo("s2");
        assertThat(second.cancelledSourcingIds()).containsExactly("s1");
    }

    private static List<String> ids(ProjectPage page) {
        return page.items().stream().map(ProjectSummary::projectId).toList();
    }
}
