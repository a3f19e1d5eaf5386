package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.settlement.SettlementEvent.PaymentRecorded;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementApproved;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementComplianceChecked;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementConfirmed;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementHeld;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementReleased;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementRequested;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementResubmitted;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementReturned;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;
import com.outsourcingledger.api.wire.AggregateKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SETTLEMENT_CONFIRMED_AND_CHECKED (§11): every settlement paid in the period was, in the round FINANCE approved,
 * first confirmed by BUSINESS, then spot-checked by HR (a failed check released by HR before the approval), and
 * approved by FINANCE. A request or resubmission starts a round; a return ends it. The steps missing, out of order
 * or taken by another department are the exception, evidenced by the round's events and the payment.
 */
final class SettlementConfirmedAndCheckedRule implements ControlRule {

    private static final class Round {
        private final Set<String> evidence = new LinkedHashSet<>();
        private AuditedEvent confirmation;
        private AuditedEvent check;
        private boolean held;
        private List<String> problems;
    }

    private record Payment(String settlementId, AuditedEvent event, Round approved) {
    }

    private final Map<String, Round> rounds = new HashMap<>();
    private final Map<String, Payment> payments = new LinkedHashMap<>();

    @Override
    public AuditControl control() {
        return AuditControl.SETTLEMENT_CONFIRMED_AND_CHECKED;
    }

    @Override
    public void accept(AuditedEvent event) {
        switch (event.payload()) {
            case SettlementRequested requested -> start(requested.settlementId(), event);
            case SettlementResubmitted resubmitted -> start(resubmitted.settlementId(), event);
            case SettlementReturned returned -> rounds.remove(returned.settlementId());
            case SettlementConfirmed confirmed -> round(confirmed.settlementId(), event).confirmation = event;
            case SettlementComplianceChecked checked -> round(checked.settlementId(), event).check = event;
            case SettlementHeld held -> round(held.settlementId(), event).held = true;
            case SettlementReleased released -> {
                Round round = round(released.settlementId(), event);
                round.held &= !Department.HR.name().equals(event.department());
            }
            case SettlementApproved approved -> approve(round(approved.settlementId(), event), event);
            case PaymentRecorded paid -> payments.put(paid.settlementId(), new Payment(paid.settlementId(), event,
                    rounds.get(paid.settlementId())));
            case null, default -> {
            }
        }
    }

    private void start(String settlementId, AuditedEvent event) {
        Round round = new Round();
        round.evidence.add(event.eventId());
        rounds.put(settlementId, round);
    }

    private Round round(String settlementId, AuditedEvent event) {
        Round round = rounds.computeIfAbsent(settlementId, id -> new Round());
        round.evidence.add(event.eventId());
        return round;
    }

    /** What the round lacked when FINANCE approved it: the snapshot the payment is judged on. */
    private static void approve(Round round, AuditedEvent approval) {
        List<String> problems = new ArrayList<>();
        if (round.confirmation == null) {
            problems.add("approved without BUSINESS's confirmation");
        } else if (!Department.BUSINESS.name().equals(round.confirmation.department())) {
            problems.add("confirmed by " + department(round.confirmation) + ", not BUSINESS");
        }
        if (round.check == null) {
            problems.add("approved without HR's compliance check");
        } else {
            if (!Department.HR.name().equals(round.check.department())) {
                problems.add("compliance-checked by " + department(round.check) + ", not HR");
            }
            if (round.confirmation != null && round.check.sequence() < round.confirmation.sequence()) {
                problems.add("compliance-checked before it was confirmed");
            }
        }
        if (round.held) {
            problems.add("approved while held by a compliance failure");
        }
        if (!Department.FINANCE.name().equals(approval.department())) {
            problems.add("approved by " + department(approval) + ", not FINANCE");
        }
        round.problems = problems;
    }

    private static String department(AuditedEvent event) {
        return event.department() == null ? "no department" : event.department();
    }

    @Override
    public ControlAnswer answer(AuditPeriod period) {
        int checked = 0;
        List<ControlException> exceptions = new ArrayList<>();
        for (Payment payment : payments.values()) {
            if (!period.contains(payment.event().timestamp())) {
                continue;
            }
            checked++;
            Round round = payment.approved();
            List<String> problems = round == null || round.problems == null
                    ? List.of("paid without FINANCE's approval") : round.problems;
            if (problems.isEmpty()) {
                continue;
            }
            Set<String> evidence = new LinkedHashSet<>();
            if (round != null) {
                evidence.addAll(round.evidence);
            }
            evidence.add(payment.event().eventId());
            exceptions.add(new ControlException(AggregateKind.SETTLEMENT, payment.settlementId(), "Settlement "
                    + payment.settlementId() + " was paid but " + String.join("; ", problems),
                    List.copyOf(evidence)));
        }
        return new ControlAnswer(control(), checked, List.copyOf(exceptions));
    }
}
