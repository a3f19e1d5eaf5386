package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.WithdrawContractDraft;
import com.outsourcingledger.api.contract.ContractEvent.ContractDraftWithdrawn;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import org.axonframework.commandhandling.CommandHandler;

import java.time.Clock;
import java.time.LocalDate;

import static com.outsourcingledger.api.contract.ContractStatus.*;
import static com.outsourcingledger.command.contract.ContractRules.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Giving up a draft before it is signed; the withdrawn draft counts as closed for its project. */
class DraftWithdrawal {

    private final Contract contract;

    DraftWithdrawal(Contract contract) {
        this.contract = contract;
    }

    @CommandHandler
    void handle(WithdrawContractDraft command, Clock clock) {
        requireStatus(ContractRuleCodes.WITHDRAWAL_WRONG_STATUS, contract.id(), contract.status(), "withdrawal",
                DRAFTING, IN_REVIEW, APPROVED);
        requireText(ContractRuleCodes.WITHDRAWAL_REASON_REQUIRED, "withdrawal", "reason", command.reason());
        apply(new ContractDraftWithdrawn(contract.id(), command.reason(), contract.status(), LocalDate.now(clock)));
    }
}
