package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.RenewalDecision;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each contract signed in the period was signed after a co-review (会审) round in which LEGAL, HR, FINANCE and
 * BUSINESS each gave an APPROVE opinion. Opinions given on a renewal, after the signing, belong to the renewal.
 */
final class FourDepartmentCoReviewRule implements ControlRule {

    static final Set<Department> REVIEWERS =
            EnumSet.of(Department.LEGAL, Department.HR, Department.FINANCE, Department.BUSINESS);

    private final CheckedSubjects subjects = new CheckedSubjects(AggregateKind.CONTRACT);
    private final Map<String, List<AuditedEvent>> rounds = new HashMap<>();
    private final Map<String, List<AuditedEvent>> approvedRounds = new HashMap<>();
    private final Set<String> renewalsAwaitingCoReview = new HashSet<>();

    @Override
    public AuditControl control() {
        return AuditControl.FOUR_DEPARTMENT_CO_REVIEW;
    }

    @Override
    public void accept(AuditedEvent event) {
        switch (event.payload()) {
            case ContractSubmittedForCoReview submitted -> rounds.put(submitted.contractId(), new ArrayList<>());
            case CoReviewOpinionRecorded opinion -> {
                if (!renewalsAwaitingCoReview.contains(opinion.contractId())) {
                    rounds.computeIfAbsent(opinion.contractId(), id -> new ArrayList<>()).add(event);
                }
            }
            case ContractReturnedToDrafting returned -> rounds.remove(returned.contractId());
            case ContractApproved approved -> {
                List<AuditedEvent> round = new ArrayList<>(rounds.getOrDefault(approved.contractId(), List.of()));
                round.add(event);
                approvedRounds.put(approved.contractId(), round);
            }
            case ContractSigned signed -> check(signed.contractId(), event);
            case RenewalDecided decided -> {
                if (decided.decision() == RenewalDecision.RENEW) {
                    renewalsAwaitingCoReview.add(decided.contractId());
                }
            }
            case RenewalReturned returned -> renewalsAwaitingCoReview.remove(returned.contractId());
            case RenewalCancelled cancelled -> renewalsAwaitingCoReview.remove(cancelled.contractId());
            case ContractRenewed renewed -> renewalsAwaitingCoReview.remove(renewed.contractId());
            case null, default -> {
            }
        }
    }

    private void check(String contractId, AuditedEvent signing) {
        List<AuditedEvent> round = approvedRounds.get(contractId);
        if (round == null) {
            subjects.notApplied(contractId, signing.timestamp(), "signed without an approved co-review",
                    List.of(signing.eventId()));
            return;
        }
        Set<Department> missing = EnumSet.copyOf(REVIEWERS);
        round.stream().map(AuditedEvent::payload)
                .filter(CoReviewOpinionRecorded.class::isInstance).map(CoReviewOpinionRecorded.class::cast)
                .filter(opinion -> opinion.opinion() == ReviewOpinion.APPROVE)
                .forEach(opinion -> missing.remove(opinion.department()));
        if (missing.isEmpty()) {
            subjects.applied(contractId, signing.timestamp());
            return;
        }
        List<String> evidence = new ArrayList<>(round.stream().map(AuditedEvent::eventId).toList());
        evidence.add(signing.eventId());
        subjects.notApplied(contractId, signing.timestamp(), "signed after a co-review without an APPROVE opinion"
                + " from " + missing, evidence);
    }

    @Override
    public ControlAnswer answer(AuditPeriod period) {
        return subjects.answer(control(), period);
    }
}
