package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.ReserveSettlementAmount;
import com.outsourcingledger.api.contract.ContractEvent.SettlementAmountReserved;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.SettlementRuleCodes;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The running total of the contract's approved settlements (DOMAIN §11: never above the contract amount with its
 * approved amendments) and the penalties they deducted (each once). Settlements are approved each in their own
 * aggregate; the settlement process then reserves the amount here, where one contract's reservations are
 * decided one after another, so two settlements approved at the same moment cannot together overrun the cap.
 */
class SettlementBudget {

    private final Contract contract;
    private final Set<String> reserved = new HashSet<>();
    private final Set<String> deducted = new HashSet<>();
    private BigDecimal total = BigDecimal.ZERO;

    SettlementBudget(Contract contract) {
        this.contract = contract;
    }

    @CommandHandler
    void handle(ReserveSettlementAmount command) {
        if (reserved.contains(command.settlementId())) {
            throw Refusal.conflict(SettlementRuleCodes.RESERVATION_ALREADY_RESERVED, "Contract " + contract.id()
                    + " has reserved settlement " + command.settlementId() + " already");
        }
        Money cap = contract.content().amount();
        ContractContents.requireCurrency(SettlementRuleCodes.RESERVATION_CURRENCY_MISMATCH, contract.content(),
                command.amount(), "settlement " + command.settlementId());
        for (PenaltyDeduction penalty : command.penalties()) {
            if (deducted.contains(key(penalty))) {
                throw Refusal.conflict(SettlementRuleCodes.RESERVATION_PENALTY_ALREADY_DEDUCTED, "The penalty of "
                        + penalty.metricId() + " for " + penalty.slaPeriod() + " was deducted by another settlement");
            }
        }
        BigDecimal after = total.add(command.amount().amount());
        if (after.compareTo(cap.amount()) > 0) {
            throw Refusal.unprocessable(SettlementRuleCodes.RESERVATION_CAP_EXCEEDED, "Contract " + contract.id()
                    + " has " + total + " of " + cap.amount() + " approved already; " + command.amount().amount()
                    + " more needs an amendment first");
        }
        apply(new SettlementAmountReserved(contract.id(), command.settlementId(), command.amount(),
                command.penalties(), new Money(after, cap.currency()), cap));
    }

    @EventSourcingHandler
    void on(SettlementAmountReserved event) {
        reserved.add(event.settlementId());
        event.penalties().forEach(p -> deducted.add(key(p)));
        total = event.reservedTotal().amount();
    }

    private static String key(PenaltyDeduction penalty) {
        return penalty.metricId() + "|" + penalty.slaPeriod();
    }
}
