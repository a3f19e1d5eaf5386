package com.outsourcingledger.query.signal;

import com.outsourcingledger.api.signal.ShamSignalEvent;
import com.outsourcingledger.api.signal.ShamSignalEvent.*;
import com.outsourcingledger.api.signal.ShamSignalQuery.ShamSignalDetail;
import com.outsourcingledger.api.signal.ShamSignalQuery.ShamSignalSourceView;
import com.outsourcingledger.api.signal.ShamSignalStatus;
import com.outsourcingledger.api.signal.SignalSource;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A sham-outsourcing signal's stored view as a pure fold over the signal's events: the live read model and the
 * audit's as-of and diff both go through {@link #evolve}. Who recorded LEGAL's opinion and who concluded the triage
 * come from the {@link Step}.
 */
@Component
public final class ShamSignalView implements ViewFold<ShamSignalDetail> {

    ShamSignalView() {
    }

    @Override
    public String aggregateType() {
        return AggregateKind.SHAM_SIGNAL.aggregateType();
    }

    @Override
    public Class<ShamSignalDetail> viewType() {
        return ShamSignalDetail.class;
    }

    @Override
    public ShamSignalDetail evolve(ShamSignalDetail current, Object event, Step step) {
        return evolve(current, (ShamSignalEvent) event, step);
    }

    /** {@code current} is null before the signal is raised. */
    public static ShamSignalDetail evolve(ShamSignalDetail s, ShamSignalEvent event, Step step) {
        if (s == null) {
            if (event instanceof ShamSignalRaised e) {
                return new ShamSignalDetail(e.signalId(), e.contractId(), e.vendorId(), e.projectId(), e.type(),
                        e.description(), sources(e.sources()), ShamSignalStatus.OPEN, step.at(), null, null, null,
                        null, null, null, null, null, null, step.sequence(), step.at());
            }
            throw new IllegalArgumentException("sham signal " + event.signalId() + " was not raised before "
                    + event.getClass().getSimpleName());
        }
        return switch (event) {
            case ShamSignalRaised e -> s;
            case ShamSignalLegalOpinionRecorded e -> new ShamSignalDetail(s.signalId(), s.contractId(), s.vendorId(),
                    s.projectId(), s.type(), s.description(), s.sources(), s.status(), s.raisedAt(), e.opinion(),
                    step.user(), step.at(), s.dismissalReason(), s.response(), s.explanation(), s.reassessedRisk(),
                    s.concludedBy(), s.concludedAt(), step.sequence(), step.at());
            case ShamSignalDismissed e -> new ShamSignalDetail(s.signalId(), s.contractId(), s.vendorId(),
                    s.projectId(), s.type(), s.description(), s.sources(), ShamSignalStatus.DISMISSED, s.raisedAt(),
                    s.legalOpinion(), s.legalOpinionBy(), s.legalOpinionAt(), e.reason(), null, null, null,
                    step.user(), step.at(), step.sequence(), step.at());
            case ShamSignalConfirmed e -> new ShamSignalDetail(s.signalId(), s.contractId(), s.vendorId(),
                    s.projectId(), s.type(), s.description(), s.sources(), ShamSignalStatus.CONFIRMED, s.raisedAt(),
                    s.legalOpinion(), s.legalOpinionBy(), s.legalOpinionAt(), null, e.response(), e.explanation(),
                    e.reassessedRisk(), step.user(), step.at(), step.sequence(), step.at());
        };
    }

    /**
     * Each source with the audit path of its aggregate's events ({@code /audit/contracts/c-1/events}), null for an
     * unknown aggregate type.
     */
    static List<ShamSignalSourceView> sources(List<SignalSource> sources) {
        if (sources == null) {
            return List.of();
        }
        return sources.stream().map(s -> new ShamSignalSourceView(s.eventId(), s.aggregateType(), s.aggregateId(),
                s.sequenceNumber(), s.eventName(), AggregateKind.ofAggregateType(s.aggregateType())
                .map(k -> "/audit/" + k.collection() + "/" + s.aggregateId() + "/events").orElse(null))).toList();
    }
}
