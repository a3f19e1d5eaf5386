package com.outsourcingledger.query.lineage;

import com.outsourcingledger.api.lineage.LineageQuery.EventLink;
import com.outsourcingledger.api.lineage.LineageQuery.Payment;
import com.outsourcingledger.api.lineage.LineageQuery.PenaltyDecision;
import com.outsourcingledger.api.lineage.LineageQuery.SettlementLink;
import com.outsourcingledger.api.money.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The lineage tables' rows as read. */
final class LineageRows {

    private LineageRows() {
    }

    record BreachRow(String metricId, String period, boolean withdrawn, Money penalty) {
    }

    record DecisionRow(String contractId, long sequence, String metricId, String period, String decision, Money penalty,
                       String reason, String eventId, String eventType) {

        PenaltyDecision decision(Positions positions) {
            return new PenaltyDecision(decision, penalty, reason, positions.link(eventId, eventType, contractId, sequence));
        }
    }

    record DeductionRow(String metricId, String period, Money penalty, String eventId, String eventType, long sequence,
                        SettlementRow settlement) {

        List<String> breach() {
            return List.of(metricId, period);
        }
    }

    record SettlementRow(String settlementId, String contractId, String projectId, String period, boolean finalSettlement,
                         String step, Money approvedAmount, String requestedEventId, long requestedSequence,
                         String approvedEventId, long approvedSequence, String paymentReference, LocalDate paidOn,
                         Money paidAmount, String paidEventId, long paidSequence) {

        List<String> eventIds() {
            return Stream.of(requestedEventId, approvedEventId, paidEventId).filter(id -> id != null).toList();
        }

        SettlementLink link(Positions positions) {
            return new SettlementLink(settlementId, contractId, projectId, period, finalSettlement, step, approvedAmount,
                    positions.link(requestedEventId, "SettlementRequested", settlementId, requestedSequence),
                    positions.link(approvedEventId, "SettlementApproved", settlementId, approvedSequence),
                    paidEventId == null ? null : new Payment(paymentReference, paidOn, paidAmount,
                            positions.link(paidEventId, "PaymentRecorded", settlementId, paidSequence)));
        }
    }
}
