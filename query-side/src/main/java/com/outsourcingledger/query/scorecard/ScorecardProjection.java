package com.outsourcingledger.query.scorecard;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.evaluation.EvaluationEvent.EvaluationConfirmed;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import com.outsourcingledger.api.evaluation.EvaluationQuery.*;
import com.outsourcingledger.api.evaluation.Grade;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The vendor scorecard (DOMAIN §9), fed by two families: confirmed evaluations give the grades over time; the
 * contracts' rectification notices and PIPs give what is open. A contract's vendor comes from its draft. Each
 * notice or PIP row keeps the sequence of the last contract event applied to it, so a replayed event is skipped.
 */
@Component
@ProcessingGroup(ScorecardProjection.PROCESSING_GROUP)
class ScorecardProjection {

    static final String PROCESSING_GROUP = "scorecard-views";
    static final String NOTICE = "NOTICE";
    static final String PIP = "PIP";
    static final String OPEN = "OPEN";
    static final String PLAN_RECORDED = "PLAN_RECORDED";

    private final JdbcClient jdbc;

    ScorecardProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @EventHandler
    void on(EvaluationEvent event) {
        if (event instanceof EvaluationConfirmed e) {
            jdbc.sql("DELETE FROM scorecard_grade WHERE evaluation_id = :id").param("id", e.evaluationId()).update();
            jdbc.sql("INSERT INTO scorecard_grade (evaluation_id, vendor_id, contract_id, period, period_start, grade,"
                            + " overall, policy_version) VALUES (:id, :vendor, :contract, :period, :start, :grade,"
                            + " :overall, :policy)")
                    .param("id", e.evaluationId()).param("vendor", e.vendorId()).param("contract", e.contractId())
                    .param("period", e.period()).param("start", periodStart(e.period()))
                    .param("grade", e.grade().name()).param("overall", e.overall())
                    .param("policy", e.policyVersion())
                    .update();
        }
    }

    @EventHandler
    void on(ContractEvent event, @SequenceNumber Long sequence) {
        switch (event) {
            case ContractDrafted e -> {
                jdbc.sql("DELETE FROM scorecard_contract WHERE contract_id = :id").param("id", e.contractId()).update();
                jdbc.sql("INSERT INTO scorecard_contract (contract_id, vendor_id) VALUES (:id, :vendor)")
                        .param("id", e.contractId()).param("vendor", e.vendorId()).update();
            }
            case RectificationNoticeIssued e -> opened(e.contractId(), e.noticeId(), NOTICE, e.issuedOn(), e.dueOn(),
                    sequence);
            case RectificationPlanRecorded e -> status(e.contractId(), e.noticeId(), PLAN_RECORDED, sequence);
            case RectificationVerified e -> status(e.contractId(), e.noticeId(), "VERIFIED", sequence);
            case RectificationFailed e -> status(e.contractId(), e.noticeId(), "FAILED", sequence);
            case PipInitiated e -> opened(e.contractId(), e.pipId(), PIP, e.initiatedOn(), e.planDueOn(), sequence);
            case PipPlanRecorded e -> status(e.contractId(), e.pipId(), PLAN_RECORDED, sequence);
            case PipPlanOverdue e -> change(e.contractId(), e.pipId(), "overdue = TRUE", sequence);
            case PipConcluded e -> status(e.contractId(), e.pipId(), e.outcome().name(), sequence);
            default -> {
            }
        }
    }

    private void opened(String contractId, String itemId, String kind, LocalDate openedOn, LocalDate dueOn,
                        long sequence) {
        if (stored(contractId, itemId)) {
            return;
        }
        jdbc.sql("INSERT INTO scorecard_open_item (contract_id, item_id, kind, vendor_id, status, opened_on, due_on,"
                        + " overdue, sequence_number) SELECT contract_id, :item, :kind, vendor_id, :status, :opened,"
                        + " :due, FALSE, :sequence FROM scorecard_contract WHERE contract_id = :contract")
                .param("contract", contractId).param("item", itemId).param("kind", kind).param("status", OPEN)
                .param("opened", openedOn).param("due", dueOn).param("sequence", sequence)
                .update();
    }

    private void status(String contractId, String itemId, String status, long sequence) {
        change(contractId, itemId, "status = '" + status + "'", sequence);
    }

    private void change(String contractId, String itemId, String assignment, long sequence) {
        jdbc.sql("UPDATE scorecard_open_item SET " + assignment + ", sequence_number = :sequence"
                        + " WHERE contract_id = :contract AND item_id = :item AND sequence_number < :sequence")
                .param("contract", contractId).param("item", itemId).param("sequence", sequence)
                .update();
    }

    private boolean stored(String contractId, String itemId) {
        return jdbc.sql("SELECT sequence_number FROM scorecard_open_item"
                        + " WHERE contract_id = :contract AND item_id = :item")
                .param("contract", contractId).param("item", itemId)
                .query(Long.class).optional().isPresent();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM scorecard_open_item").update();
        jdbc.sql("DELETE FROM scorecard_grade").update();
        jdbc.sql("DELETE FROM scorecard_contract").update();
    }

    @QueryHandler
    VendorScorecard handle(FindVendorScorecard query) {
        List<GradeView> grades = jdbc.sql("SELECT * FROM scorecard_grade WHERE vendor_id = :vendor"
                        + " ORDER BY period_start, contract_id, evaluation_id")
                .param("vendor", query.vendorId())
                .query((rs, row) -> new GradeView(rs.getString("evaluation_id"), rs.getString("contract_id"),
                        rs.getString("period"), localDate(rs.getDate("period_start")),
                        Grade.valueOf(rs.getString("grade")), rs.getBigDecimal("overall"),
                        rs.getString("policy_version")))
                .list();
        String open = "SELECT * FROM scorecard_open_item WHERE vendor_id = :vendor AND kind = :kind"
                + " AND status IN ('" + OPEN + "', '" + PLAN_RECORDED + "') ORDER BY opened_on, contract_id, item_id";
        List<OpenNoticeView> notices = jdbc.sql(open).param("vendor", query.vendorId()).param("kind", NOTICE)
                .query((rs, row) -> new OpenNoticeView(rs.getString("contract_id"), rs.getString("item_id"),
                        rs.getString("status"), localDate(rs.getDate("opened_on")), localDate(rs.getDate("due_on"))))
                .list();
        List<OpenPipView> pips = jdbc.sql(open).param("vendor", query.vendorId()).param("kind", PIP)
                .query((rs, row) -> new OpenPipView(rs.getString("contract_id"), rs.getString("item_id"),
                        localDate(rs.getDate("opened_on")), localDate(rs.getDate("due_on")),
                        PLAN_RECORDED.equals(rs.getString("status")), rs.getBoolean("overdue")))
                .list();
        return new VendorScorecard(query.vendorId(), grades, notices, pips);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static LocalDate periodStart(String period) {
        try {
            return period == null ? null : EvaluationPeriod.of(period).start();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
