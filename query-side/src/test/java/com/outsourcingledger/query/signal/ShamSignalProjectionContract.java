package com.outsourcingledger.query.signal;

import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.ShamOutsourcingRiskAssessed;
import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectEvent.ProjectReviewed;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.signal.ShamSignalEvent;
import com.outsourcingledger.api.signal.ShamSignalEvent.*;
import com.outsourcingledger.api.signal.ShamSignalQuery.*;
import com.outsourcingledger.api.signal.ShamSignalResponse;
import com.outsourcingledger.api.signal.ShamSignalStatus;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.signal.SignalSource;
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

/** The sham-signal and risk-level projections driven through their handlers against a real database. */
abstract class ShamSignalProjectionContract {

    static final Instant T0 = Instant.parse("2026-04-01T02:00:00Z");

    private final Map<String, Long> sequences = new HashMap<>();
    private long clock;
    private ShamSignalProjection signals;
    private ShamRiskProjection risks;
    private ShamSignalDashboardReads dashboard;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjections() {
        signals = new ShamSignalProjection(dataSource());
        risks = new ShamRiskProjection(dataSource());
        dashboard = new ShamSignalDashboardReads(dataSource());
        signals.reset();
        risks.reset();
    }

    private long next(String aggregateId) {
        return sequences.merge(aggregateId, 1L, Long::sum) - 1;
    }

    private Instant tick() {
        return T0.plusSeconds(clock++);
    }

    private void signal(ShamSignalEvent event) {
        long sequence = next(event.signalId());
        signals.on(event, tick(), sequence, "user-" + event.signalId() + "-" + sequence);
    }

    private void hrReview(String projectId, ShamOutsourcingRisk risk, String reviewer) {
        risks.on(new ProjectReviewed(projectId, 1, ApprovalStep.HR_COMPLIANCE, ReviewOpinion.APPROVE, "ok", risk,
                reviewer, Department.HR, LocalDate.of(2026, 3, 1)), tick(), next(projectId));
    }

    private void drafted(String contractId, String projectId, String vendorId) {
        risks.on(new ContractDrafted(contractId, projectId, vendorId, "合同 " + contractId, null, null), tick(),
                next(contractId));
    }

    private void assessed(String contractId, String vendorId, ShamOutsourcingRisk risk, ShamRiskOccasion occasion,
                          String signalId) {
        risks.on(new ShamOutsourcingRiskAssessed(contractId, vendorId, risk, occasion, signalId, "复评"), tick(),
                next(contractId), "hr.li");
    }

    private static ShamSignalRaised raised(String signalId, String contractId, String vendorId, ShamSignalType type) {
        return new ShamSignalRaised(signalId, contractId, vendorId, "p-1", type, "信号 " + signalId,
                List.of(new SignalSource("e-" + signalId, "Contract", contractId, 7, "InstructionIssuedToVendor"),
                        new SignalSource("e2-" + signalId, "Worker", "w-1", 2, "WorkerInducted")));
    }

    @Test
    void foldsATriageIntoTheDetailWithItsSourcesLinkedToTheAudit() {
        signal(raised("s-1", "c-1", "v-1", ShamSignalType.INSTRUCTION_NOT_TO_SITE_LEAD));
        signal(new ShamSignalLegalOpinionRecorded("s-1", "c-1", "构成管理指挥"));
        signal(new ShamSignalConfirmed("s-1", "c-1", "v-1", ShamSignalType.INSTRUCTION_NOT_TO_SITE_LEAD,
                ShamSignalResponse.RECTIFICATION, "限期整改", ShamOutsourcingRisk.HIGH));
        signal(raised("s-2", "c-1", "v-1", ShamSignalType.PER_HEAD_PRICING));
        signal(new ShamSignalDismissed("s-2", "c-1", "v-1", "按成果计价"));

        ShamSignalDetail s1 = signals.handle(new FindShamSignal("s-1")).orElseThrow();
        assertThat(s1.status()).isEqualTo(ShamSignalStatus.CONFIRMED);
        assertThat(s1.legalOpinion()).isEqualTo("构成管理指挥");
        assertThat(s1.legalOpinionBy()).isEqualTo("user-s-1-1");
        assertThat(s1.response()).isEqualTo(ShamSignalResponse.RECTIFICATION);
        assertThat(s1.reassessedRisk()).isEqualTo(ShamOutsourcingRisk.HIGH);
        assertThat(s1.concludedBy()).isEqualTo("user-s-1-2");
        assertThat(s1.raisedAt()).isEqualTo(T0);
        assertThat(s1.sources()).extracting(ShamSignalSourceView::eventId, ShamSignalSourceView::auditPath)
                .containsExactly(tuple("e-s-1", "/audit/contracts/c-1/events"), tuple("e2-s-1", "/audit/workers/w-1/events"));
        ShamSignalDetail s2 = signals.handle(new FindShamSignal("s-2")).orElseThrow();
        assertThat(s2.status()).isEqualTo(ShamSignalStatus.DISMISSED);
        assertThat(s2.dismissalReason()).isEqualTo("按成果计价");
        assertThat(signals.handle(new FindShamSignal("s-9"))).isEmpty();

        signals.on(new ShamSignalDismissed("s-2", "c-1", "v-1", "replayed"), tick(), 1L, "someone");
        assertThat(signals.handle(new FindShamSignal("s-2")).orElseThrow().dismissalReason()).isEqualTo("按成果计价");
    }

    @Test
    void pagesAndFiltersTheSignalsNewestFirst() {
        signal(raised("s-1", "c-1", "v-1", ShamSignalType.PER_HEAD_PRICING));
        signal(raised("s-2", "c-2", "v-2", ShamSignalType.LAPSED_SOCIAL_INSURANCE));
        signal(raised("s-3", "c-1", "v-1", ShamSignalType.LAPSED_SOCIAL_INSURANCE));
        signal(new ShamSignalDismissed("s-3", "c-1", "v-1", "误报"));

        ShamSignalPage all = signals.handle(new FindShamSignals(null, null, null, null, 0, 2));
        assertThat(all.totalItems()).isEqualTo(3);
        assertThat(all.items()).extracting(ShamSignalSummary::signalId).containsExactly("s-3", "s-2");
        assertThat(signals.handle(new FindShamSignals(null, null, null, null, 1, 2)).items())
                .extracting(ShamSignalSummary::signalId).containsExactly("s-1");
        assertThat(signals.handle(new FindShamSignals("c-1", null, ShamSignalStatus.OPEN, null, 0, 20)).items())
                .extracting(ShamSignalSummary::signalId, ShamSignalSummary::sources).containsExactly(tuple("s-1", 2));
        assertThat(signals.handle(new FindShamSignals(null, "v-2", null, ShamSignalType.LAPSED_SOCIAL_INSURANCE, 0,
                20)).items()).extracting(ShamSignalSummary::signalId).containsExactly("s-2");
    }

    @Test
    void startsAContractFromItsProjectsHrReviewThenFollowsEachAssessment() {
        hrReview("p-1", ShamOutsourcingRisk.LOW, "hr.wang");
        drafted("c-1", "p-1", "v-1");
        drafted("c-2", "p-2", "v-1");
        hrReview("p-2", ShamOutsourcingRisk.MEDIUM, "hr.zhao");
        assessed("c-1", "v-1", ShamOutsourcingRisk.HIGH, ShamRiskOccasion.SIGNAL_CONFIRMED, "s-1");
        hrReview("p-1", ShamOutsourcingRisk.MEDIUM, "hr.wang");

        ContractShamRisk c1 = risks.handle(new FindContractShamRisk("c-1")).orElseThrow();
        assertThat(c1.level()).isEqualTo(ShamOutsourcingRisk.HIGH);
        assertThat(c1.occasion()).isEqualTo(ShamRiskOccasion.SIGNAL_CONFIRMED);
        assertThat(c1.signalId()).isEqualTo("s-1");
        assertThat(c1.assessedBy()).isEqualTo("hr.li");
        assertThat(c1.historyCount()).isEqualTo(2);
        assertThat(c1.history()).extracting(ShamRiskAssessment::risk, ShamRiskAssessment::occasion,
                        ShamRiskAssessment::assessedBy)
                .containsExactly(tuple(ShamOutsourcingRisk.LOW, null, "hr.wang"),
                        tuple(ShamOutsourcingRisk.HIGH, ShamRiskOccasion.SIGNAL_CONFIRMED, "hr.li"));
        ContractShamRisk c2 = risks.handle(new FindContractShamRisk("c-2")).orElseThrow();
        assertThat(c2.level()).isEqualTo(ShamOutsourcingRisk.MEDIUM);
        assertThat(c2.assessedBy()).isEqualTo("hr.zhao");
        assertThat(c2.historyCount()).isEqualTo(1);
        assertThat(risks.handle(new FindContractShamRisk("c-9"))).isEmpty();
    }

    @Test
    void countsOpenSignalsAndHighRisksByVendorAndContract() {
        hrReview("p-1", ShamOutsourcingRisk.LOW, "hr.wang");
        drafted("c-1", "p-1", "v-1");
        drafted("c-2", "p-1", "v-1");
        drafted("c-3", "p-1", "v-2");
        drafted("c-4", "p-1", "v-3");
        assessed("c-3", "v-2", ShamOutsourcingRisk.HIGH, ShamRiskOccasion.AD_HOC, null);
        signal(raised("s-1", "c-1", "v-1", ShamSignalType.PER_HEAD_PRICING));
        signal(raised("s-2", "c-1", "v-1", ShamSignalType.LAPSED_SOCIAL_INSURANCE));
        signal(raised("s-3", "c-2", "v-1", ShamSignalType.COMPLIANCE_VIOLATION));
        signal(raised("s-4", "c-4", "v-3", ShamSignalType.COMPLIANCE_VIOLATION));
        signal(new ShamSignalDismissed("s-4", "c-4", "v-3", "误报"));

        ShamSignalDashboard d = dashboard.handle(new FindShamSignalDashboard());
        assertThat(d.openSignals()).isEqualTo(3);
        assertThat(d.highRiskContracts()).isEqualTo(1);
        assertThat(d.contractsByRisk()).containsEntry(ShamOutsourcingRisk.LOW, 3L)
                .containsEntry(ShamOutsourcingRisk.MEDIUM, 0L).containsEntry(ShamOutsourcingRisk.HIGH, 1L);
        assertThat(d.vendors()).extracting(VendorShamSignals::vendorId, VendorShamSignals::openSignals,
                        VendorShamSignals::highestRisk, VendorShamSignals::highRiskContracts)
                .containsExactly(tuple("v-1", 3L, ShamOutsourcingRisk.LOW, 0L),
                        tuple("v-2", 0L, ShamOutsourcingRisk.HIGH, 1L));
        assertThat(d.contracts()).extracting(ContractShamSignals::contractId, ContractShamSignals::openSignals,
                        ContractShamSignals::risk)
                .containsExactly(tuple("c-1", 2L, ShamOutsourcingRisk.LOW), tuple("c-2", 1L, ShamOutsourcingRisk.LOW),
                        tuple("c-3", 0L, ShamOutsourcingRisk.HIGH));
    }
}
