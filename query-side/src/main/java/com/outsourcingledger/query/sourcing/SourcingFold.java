package com.outsourcingledger.query.sourcing;

import com.outsourcingledger.api.sourcing.SourcingEvent;
import com.outsourcingledger.api.sourcing.SourcingQuery.SourcingDetail;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

/**
 * {@link SourcingView} offered to auditors' as-of reconstruction. Auditors off the panel see every sheet, at
 * any time; a panel member whose own sheets are still missing (whatever their department, AUDIT included)
 * sees only their own, in the history and in past states as in the live view, so that scoring stays
 * independent.
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

    @Override
    public boolean sealedFrom(SourcingDetail current, String user) {
        return SourcingView.sealedFrom(current, user);
    }

    @Override
    public SourcingDetail withoutSealed(SourcingDetail view, String user) {
        return SourcingView.withOwnSheetsOnly(view, user);
    }

    @Override
    public boolean sealedEvent(Object event, String user) {
        return SourcingView.isOthersSheet((SourcingEvent) event, user);
    }

    @Override
    public boolean seals() {
        return true;
    }
}
