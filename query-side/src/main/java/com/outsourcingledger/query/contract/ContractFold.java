package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractQuery.ContractDetail;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** {@link ContractView} offered to auditors' as-of reconstruction. */
@Component
class ContractFold implements ViewFold<ContractDetail> {

    @Override
    public String aggregateType() {
        return "Contract";
    }

    @Override
    public Class<ContractDetail> viewType() {
        return ContractDetail.class;
    }

    @Override
    public ContractDetail evolve(ContractDetail current, Object event, Step step) {
        return ContractView.evolve(current, (ContractEvent) event,
                new EventContext(step.at(), step.user(), step.sequence()));
    }

    @Override
    public ContractDetail seenOn(ContractDetail view, LocalDate day) {
        return ContractView.asOf(view, day);
    }
}
