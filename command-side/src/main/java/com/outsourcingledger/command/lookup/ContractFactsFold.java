package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.PenaltyDeduction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.outsourcingledger.api.contract.ContractStatus.*;

/**
 * A contract's {@link ContractFacts} after its events. Only the events below shape the facts; every other
 * contract event (co-review, SLA definitions, rectifications, renewal review, PIPs) leaves them as they are.
 */
public final class ContractFactsFold {

    private String contractId;
    private ContractStatus status;
    private String vendorId;
    private String projectId;
    private ContractContent content;
    private final List<Term> terms = new ArrayList<>();
    private LocalDate activatedOn;
    private LocalDate endedOn;
    private final Map<String, PenaltyDeduction> standing = new LinkedHashMap<>();
    private final Set<String> deducted = new HashSet<>();
    private final Set<String> reserved = new HashSet<>();
    private BigDecimal reservedTotal = BigDecimal.ZERO;

    private ContractFactsFold() {
    }

    /** Null for an empty history. */
    public static ContractFacts of(List<? extends ContractEvent> history) {
        if (history.isEmpty()) {
            return null;
        }
        ContractFactsFold fold = new ContractFactsFold();
        history.forEach(fold::apply);
        return fold.facts();
    }

    private void apply(ContractEvent event) {
        switch (event) {
            case ContractDrafted e -> {
                contractId = e.contractId();
                vendorId = e.vendorId();
                projectId = e.projectId();
                content = e.content();
                terms.add(e.term());
                status = DRAFTING;
            }
            case ContractDraftRevised e -> {
                content = e.content();
                terms.set(terms.size() - 1, e.term());
            }
            case ContractSubmittedForCoReview e -> status = IN_REVIEW;
            case ContractReturnedToDrafting e -> status = DRAFTING;
            case ContractApproved e -> status = APPROVED;
            case ContractSigned e -> status = SIGNED;
            case ContractActivated e -> {
                status = ACTIVE;
                activatedOn = e.activatedOn();
            }
            case ContractAmended e -> content = e.content();
            case ContractSuspended e -> status = SUSPENDED;
            case ContractResumed e -> status = e.status();
            case ContractRenewed e -> terms.add(e.term());
            case ContractExpired e -> {
                status = EXPIRED;
                endedOn = e.endDate();
            }
            case ContractTerminated e -> {
                status = TERMINATED;
                endedOn = e.lastServiceDay();
            }
            case ContractClosed e -> status = CLOSED;
            case ContractDraftWithdrawn e -> status = WITHDRAWN;
            case SlaBreached e -> standing.put(ContractFacts.key(e.metricId(), e.period()),
                    new PenaltyDeduction(e.metricId(), e.period(), e.penalty()));
            case SlaBreachWithdrawn e -> standing.remove(ContractFacts.key(e.metricId(), e.period()));
            case SettlementAmountReserved e -> {
                reserved.add(e.settlementId());
                reservedTotal = e.reservedTotal().amount();
                e.penalties().forEach(p -> deducted.add(ContractFacts.key(p.metricId(), p.slaPeriod())));
            }
            default -> {
                // the event leaves the facts a settlement needs as they are
            }
        }
    }

    private ContractFacts facts() {
        Money amount = content.amount();
        return new ContractFacts(contractId, status, vendorId, projectId, amount, content.feeModel(),
                content.settlementCycle(), List.copyOf(terms), activatedOn, endedOn, List.copyOf(standing.values()),
                Set.copyOf(deducted), Set.copyOf(reserved), new Money(reservedTotal, amount.currency()));
    }
}
