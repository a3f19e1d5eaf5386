package com.outsourcingledger.query.scorecard;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.PipOutcome;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.evaluation.EvaluationQuery.*;
import com.outsourcingledger.api.evaluation.Grade;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.query.evaluation.EvaluationSamples.confirmedEvaluation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The scorecard projection fed by both families through its handlers, against a real database. */
abstract class ScorecardProjectionContract {

    static final LocalDate TODAY = LocalDate.of(2026, 4, 2);

    private final Map<String, Long> sequences = new HashMap<>();
    private ScorecardProjection projection;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        projection = new ScorecardProjection(dataSource());
        projection.reset();
    }

    private void apply(ContractEvent... events) {
        for (ContractEvent event : events) {
            projection.on(event, sequences.merge(event.contractId(), 1L, Long::sum) - 1);
        }
    }

    private void apply(List<EvaluationEvent> events) {
        events.forEach(projection::on);
    }

    private void drafted(String contractId, String vendorId) {
        apply(new ContractDrafted(contractId, "p-1", vendorId, "合同 " + contractId,
                new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), null));
    }

    private static RectificationNoticeIssued notice(String contractId, String noticeId) {
        return new RectificationNoticeIssued(contractId, noticeId, "quality", List.of("2026-01", "2026-02"), "连续未达标",
                TODAY, TODAY.plusDays(30), true, 2, 30, null, null, null, null);
    }

    @Test
    void showsConfirmedGradesByPeriodAcrossTheVendorsContracts() {
        apply(confirmedEvaluation("c-2", "v-1", "2026-Q1", Grade.A));
        apply(confirmedEvaluation("c-1", "v-1", "2026-Q1", Grade.C));
        apply(confirmedEvaluation("c-1", "v-1", "2025-Q4", Grade.B));
        apply(confirmedEvaluation("c-3", "v-2", "2026-Q1", Grade.D));
        apply(confirmedEvaluation("c-1", "v-1", "2026-Q2", Grade.A).subList(0, 4));

        VendorScorecard scorecard = projection.handle(new FindVendorScorecard("v-1"));
        assertThat(scorecard.grades()).extracting(GradeView::period, GradeView::contractId, GradeView::grade)
                .containsExactly(tuple("2025-Q4", "c-1", Grade.B), tuple("2026-Q1", "c-1", Grade.C),
                        tuple("2026-Q1", "c-2", Grade.A));
        assertThat(scorecard.grades().getFirst().overall()).isEqualByComparingTo(new BigDecimal("85"));
        assertThat(scorecard.grades().getFirst().periodStart()).isEqualTo(LocalDate.of(2025, 10, 1));
    }

    @Test
    void listsOpenNoticesAndPipsOfTheVendorsContractsOnly() {
        drafted("c-1", "v-1");
        drafted("c-2", "v-2");
        apply(notice("c-1", "n-1"), notice("c-1", "n-2"), notice("c-2", "n-3"),
                new RectificationPlanRecorded("c-1", "n-1", "加强质检"),
                new RectificationVerified("c-1", "n-2", "已整改"),
                new PipInitiated("c-1", "pip-1", List.of("c-1:2026-Q1"), List.of(), "连续两期不达标", TODAY,
                        TODAY.plusDays(15), 15),
                new PipPlanOverdue("c-1", "pip-1", TODAY.plusDays(15)));

        VendorScorecard scorecard = projection.handle(new FindVendorScorecard("v-1"));
        assertThat(scorecard.openNotices()).extracting(OpenNoticeView::noticeId, OpenNoticeView::status)
                .containsExactly(tuple("n-1", "PLAN_RECORDED"));
        assertThat(scorecard.openPips()).extracting(OpenPipView::pipId, OpenPipView::planDueOn, OpenPipView::planOverdue,
                OpenPipView::planRecorded).containsExactly(tuple("pip-1", TODAY.plusDays(15), true, false));

        apply(new PipPlanRecorded("c-1", "pip-1", "人员流动", List.of(), List.of()),
                new PipConcluded("c-1", "pip-1", PipOutcome.SUCCEEDED, "c-1:2026-Q2 评为 B"),
                new RectificationFailed("c-1", "n-1", "未按期整改", null));
        assertThat(projection.handle(new FindVendorScorecard("v-1")).openPips()).isEmpty();
        assertThat(projection.handle(new FindVendorScorecard("v-1")).openNotices()).isEmpty();
        assertThat(projection.handle(new FindVendorScorecard("v-2")).openNotices()).extracting(OpenNoticeView::noticeId)
                .containsExactly("n-3");
    }

    @Test
    void ignoresARedeliveredContractEvent() {
        drafted("c-1", "v-1");
        apply(notice("c-1", "n-1"), new RectificationVerified("c-1", "n-1", "已整改"));

        projection.on(notice("c-1", "n-1"), 1L);
        projection.on(new RectificationPlanRecorded("c-1", "n-1", "重复投递"), 1L);
        assertThat(projection.handle(new FindVendorScorecard("v-1")).openNotices()).isEmpty();
        assertThat(projection.handle(new FindVendorScorecard("nobody")))
                .isEqualTo(new VendorScorecard("nobody", List.of(), List.of(), List.of()));
    }
}
