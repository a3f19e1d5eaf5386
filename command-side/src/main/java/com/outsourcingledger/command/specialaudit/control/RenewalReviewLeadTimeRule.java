package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each renewal review opened or decided in the period was opened no later than the term's end minus the lead time
 * in force (recorded in the review's opening; three months, the only lead time before it was recorded).
 */
final class RenewalReviewLeadTimeRule implements ControlRule {

    static final int LEAD_MONTHS_BEFORE_RECORDED = 3;

    private final CheckedSubjects subjects = new CheckedSubjects(AggregateKind.CONTRACT);
    private final Map<String, LocalDate> termEnds = new HashMap<>();
    private final Map<String, Map<LocalDate, AuditedEvent>> reviews = new HashMap<>();

    @Override
    public AuditControl control() {
        return AuditControl.RENEWAL_REVIEW_LEAD_TIME;
    }

    @Override
    public void accept(AuditedEvent event) {
        switch (event.payload()) {
            case ContractDrafted drafted -> term(drafted.contractId(), drafted.term());
            case ContractDraftRevised revised -> term(revised.contractId(), revised.term());
            case ContractRenewed renewed -> term(renewed.contractId(), renewed.term());
            case ContractExpiryApproaching approaching -> {
                reviews.computeIfAbsent(approaching.contractId(), id -> new HashMap<>())
                        .put(approaching.endDate(), event);
                checkOpening(approaching.contractId(), event, event);
            }
            case RenewalDecided decided -> checkDecision(decided.contractId(), event);
            case null, default -> {
            }
        }
    }

    private void term(String contractId, Term term) {
        if (term != null) {
            termEnds.put(contractId, term.end());
        }
    }

    private void checkDecision(String contractId, AuditedEvent decision) {
        Map<LocalDate, AuditedEvent> opened = reviews.getOrDefault(contractId, Map.of());
        LocalDate end = termEnds.get(contractId);
        AuditedEvent opening = end != null ? opened.get(end) : null;
        if (opening == null && end == null && opened.size() == 1) {
            opening = opened.values().iterator().next();
        }
        if (opening == null) {
            subjects.notApplied(contractId, decision.timestamp(), "a renewal was decided with no renewal review"
                    + " opened for the term" + (end == null ? "" : " ending " + end), List.of(decision.eventId()));
            return;
        }
        checkOpening(contractId, opening, decision);
    }

    private void checkOpening(String contractId, AuditedEvent opening, AuditedEvent deciding) {
        ContractExpiryApproaching approaching = (ContractExpiryApproaching) opening.payload();
        LocalDate end = approaching.endDate();
        int lead = approaching.renewalLeadMonths() == null ? LEAD_MONTHS_BEFORE_RECORDED
                : approaching.renewalLeadMonths();
        List<String> evidence = opening == deciding ? List.of(opening.eventId())
                : List.of(opening.eventId(), deciding.eventId());
        subjects.check(contractId, deciding.timestamp(), zone -> late(opening, end, lead, zone), evidence);
    }

    private static String late(AuditedEvent opening, LocalDate end, int lead, ZoneId zone) {
        if (end == null) {
            return null;
        }
        LocalDate openedOn = opening.timestamp().atZone(zone).toLocalDate();
        LocalDate latest = end.minusMonths(lead);
        if (!openedOn.isAfter(latest)) {
            return null;
        }
        return "the renewal review of the term ending " + end + " opened on " + openedOn + ", after " + latest
                + " (the end − " + lead + " months)";
    }

    @Override
    public ControlAnswer answer(AuditPeriod period) {
        return subjects.answer(control(), period);
    }
}
