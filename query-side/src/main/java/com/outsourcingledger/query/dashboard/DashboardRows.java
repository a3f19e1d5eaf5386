package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.risk.RiskFlag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The rows the dashboard keeps per vendor, project, contract, worker, qualification, measurement and notice. */
final class DashboardRows {

    static final String VENDOR = "VENDOR";
    static final String PROJECT = "PROJECT";
    static final String CONTRACT = "CONTRACT";
    static final String EVALUATION = "EVALUATION";
    static final String SETTLEMENT = "SETTLEMENT";
    static final String WORKER = "WORKER";
    /** A sham-outsourcing signal, its status counted; a contract's risk level; a project's HR-reviewed level. */
    static final String SHAM_SIGNAL = "SHAM_SIGNAL";
    static final String SHAM_RISK = "SHAM_RISK";
    static final String PROJECT_RISK = "PROJECT_RISK";
    static final String COMPLIANCE_CHECK = "COMPLIANCE_CHECK";

    private DashboardRows() {
    }

    record EntityKey(String kind, String id) {
    }

    /**
     * {@code awaiting} holds {@code QUEUE:DEPARTMENT} items, e.g. {@code CO_REVIEW:LEGAL}: a department this
     * request waits for, in which work queue.
     */
    record EntityRow(String kind, String id, String name, String vendorId, String status, LocalDate termEnd,
                     String currency, Set<String> awaiting, long sequence, Set<RiskFlag> risks, BigDecimal amount) {

        EntityRow {
            awaiting = Set.copyOf(new TreeSet<>(awaiting));
            risks = risks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(risks));
        }

        static EntityRow created(String kind, String id, String name, String vendorId, String status,
                                 LocalDate termEnd, String currency, long sequence) {
            return new EntityRow(kind, id, name, vendorId, status, termEnd, currency, Set.of(), sequence, Set.of(), null);
        }

        EntityRow raise(RiskFlag flag) {
            Set<RiskFlag> raised = EnumSet.of(flag);
            raised.addAll(risks);
            return new EntityRow(kind, id, name, vendorId, status, termEnd, currency, awaiting, sequence, raised, amount);
        }

        EntityRow lower(RiskFlag... flags) {
            Set<RiskFlag> left = EnumSet.noneOf(RiskFlag.class);
            left.addAll(risks);
            left.removeAll(List.of(flags));
            return new EntityRow(kind, id, name, vendorId, status, termEnd, currency, awaiting, sequence, left, amount);
        }

        EntityKey key() {
            return new EntityKey(kind, id);
        }

        EntityRow status(String newStatus) {
            return new EntityRow(kind, id, name, vendorId, newStatus, termEnd, currency, awaiting, sequence, risks, amount);
        }

        EntityRow describe(String newName, LocalDate newTermEnd, String newCurrency) {
            return new EntityRow(kind, id, newName, vendorId, status, newTermEnd, newCurrency, awaiting, sequence, risks, amount);
        }

        EntityRow awaiting(Set<String> items) {
            return new EntityRow(kind, id, name, vendorId, status, termEnd, currency, items, sequence, risks, amount);
        }

        /** A project's budget, what a settlement paid, or how many grants and assets a worker holds. */
        EntityRow amount(BigDecimal newAmount, String newCurrency) {
            return new EntityRow(kind, id, name, vendorId, status, termEnd, newCurrency, awaiting, sequence, risks,
                    newAmount);
        }

        EntityRow sequence(long newSequence) {
            return new EntityRow(kind, id, name, vendorId, status, termEnd, currency, awaiting, newSequence, risks, amount);
        }

        String awaitingColumn() {
            return String.join(",", new TreeSet<>(awaiting));
        }
    }

    record QualificationKey(String vendorId, String qualificationId) {
    }

    record QualificationRow(String vendorId, String qualificationId, LocalDate validUntil, boolean expired) {

        QualificationKey key() {
            return new QualificationKey(vendorId, qualificationId);
        }
    }

    record SlaKey(String contractId, String metricId, String period) {
    }

    record SlaRow(String contractId, String metricId, String period, String vendorId, String month, boolean met,
                  BigDecimal penalty, String currency) {

        SlaKey key() {
            return new SlaKey(contractId, metricId, period);
        }
    }

    record NoticeKey(String contractId, String noticeId) {
    }

    record NoticeRow(String contractId, String noticeId, String vendorId, String metricId, String status,
                     LocalDate dueOn) {

        static final String OPEN = "OPEN";
        static final String PLAN_RECORDED = "PLAN_RECORDED";

        NoticeKey key() {
            return new NoticeKey(contractId, noticeId);
        }

        boolean open() {
            return OPEN.equals(status) || PLAN_RECORDED.equals(status);
        }
    }

    /** What a settlement deducted (while approved or paid) and paid, in which month, for which project. */
    record SettlementRow(String settlementId, String projectId, String currency, BigDecimal deducted, BigDecimal paid,
                         String paidMonth) {
    }

    record PipKey(String contractId, String pipId) {
    }

    record PipRow(String contractId, String pipId, String vendorId, String status, LocalDate planDueOn,
                  boolean planOverdue) {

        static final String PLAN_DUE = "PLAN_DUE";
        static final String PLAN_RECORDED = "PLAN_RECORDED";
        static final String CONCLUDED = "CONCLUDED";

        PipKey key() {
            return new PipKey(contractId, pipId);
        }

        boolean open() {
            return !CONCLUDED.equals(status);
        }

        PipRow status(String newStatus, boolean overdue) {
            return new PipRow(contractId, pipId, vendorId, newStatus, planDueOn, overdue);
        }
    }
}
