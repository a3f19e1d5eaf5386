package com.outsourcingledger.query.sourcing;

import com.outsourcingledger.api.sourcing.SourcingEvent;
import com.outsourcingledger.api.sourcing.SourcingQuery.SourcingDetail;
import com.outsourcingledger.query.ViewFold;
import org.springframework.stereotype.Component;

/**
 * {@link SourcingView} offered to auditors' as-of reconstruction. Auditors see every sheet: the panel-aware
 * hiding of others' sheets protects independent scoring while it runs, not the record afterwards.
 */
@Component
class SourcingFold implements ViewFold<SourcingDetail> {

    @Override
    public String aggregateType() {
        return "Sourcing";
    }

    @Override
    public Class<SourcingDetail> viewType() {
        return SourcingDetail.class;
    }

    @Override
    public SourcingDetail evolve(SourcingDetail current, Object event, Step step) {
        return SourcingView.evolve(current, (SourcingEvent) event, step.at(), step.sequence());
    }
}
