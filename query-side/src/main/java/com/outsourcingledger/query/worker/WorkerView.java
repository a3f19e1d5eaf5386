package com.outsourcingledger.query.worker;

import com.outsourcingledger.api.worker.WorkerEvent;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.api.worker.WorkerQuery.*;
import com.outsourcingledger.api.worker.WorkerProofs;
import com.outsourcingledger.api.worker.WorkerStatus;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The worker's stored view as a pure fold over the worker's events: the live read model and the audit's as-of and
 * diff both go through {@link #evolve}. Who acted comes from the {@link Step}; the personal data stays sealed.
 */
@Component
public final class WorkerView implements ViewFold<WorkerDocument> {

    WorkerView() {
    }

    @Override
    public String aggregateType() {
        return AggregateKind.WORKER.aggregateType();
    }

    @Override
    public Class<WorkerDocument> viewType() {
        return WorkerDocument.class;
    }

    @Override
    public WorkerDocument evolve(WorkerDocument current, Object event, Step step) {
        return evolve(current, (WorkerEvent) event, step);
    }

    /** {@code current} is null before the worker's filing. */
    public static WorkerDocument evolve(WorkerDocument current, WorkerEvent event, Step step) {
        if (current == null) {
            if (event instanceof WorkerFilingSubmitted e) {
                WorkerDraft d = WorkerDraft.filed(e.workerId(), e.contractId(), e.vendorId(), e.proofs(), step);
                return new WorkerDocument(e.personalData(), d.freeze());
            }
            throw new IllegalArgumentException("worker " + event.workerId() + " has no filing before "
                    + event.getClass().getSimpleName());
        }
        WorkerDraft d = WorkerDraft.of(current.detail());
        switch (event) {
            case WorkerFilingSubmitted e -> {
                d.proofs = e.proofs();
                d.status = WorkerStatus.PROPOSED;
                d.submittedBy = step.user();
                return new WorkerDocument(e.personalData(), d.at(step).freeze());
            }
            case WorkerFilingResubmitted e -> {
                d.proofs = e.proofs();
                d.status = WorkerStatus.PROPOSED;
                d.submittedBy = step.user();
            }
            case WorkerFiled e -> {
                d.proofs = e.proofs();
                d.filingNotes = e.notes();
                d.verifiedBy = step.user();
                d.rejectionReasons = null;
                d.status = WorkerStatus.FILED;
            }
            case WorkerFilingRejected e -> {
                d.rejectionReasons = e.reasons();
                d.verifiedBy = step.user();
                d.status = WorkerStatus.FILING_REJECTED;
            }
            case WorkerInducted e -> {
                d.induction = new WorkerInductionView(e.inductedOn(), List.copyOf(e.topics()), step.user());
                d.status = WorkerStatus.INDUCTED;
            }
            case WorkerBadgeIssued e -> {
                d.badgeNumber = e.badgeNumber();
                d.emailSuffix = e.emailSuffix();
                d.status = WorkerStatus.ACTIVE;
            }
            case AccessRequested e -> d.grants.put(e.grantId(), new WorkerGrantView(e.grantId(), e.resourceType(),
                    e.resource(), e.scope(), e.justification(), GrantState.REQUESTED, step.user(), null, null, null,
                    false, null));
            case AccessGranted e -> d.grant(e.grantId(), g -> g == null
                    ? new WorkerGrantView(e.grantId(), e.resourceType(), e.resource(), e.scope(), null,
                    GrantState.GRANTED, null, step.user(), null, null, false, null)
                    : new WorkerGrantView(g.grantId(), e.resourceType(), e.resource(), e.scope(), g.justification(),
                    GrantState.GRANTED, g.requestedBy(), step.user(), null, null, false, null));
            case AccessRequestRejected e -> d.grant(e.grantId(), g -> g == null ? null
                    : new WorkerGrantView(g.grantId(), g.resourceType(), g.resource(), g.scope(), g.justification(),
                    GrantState.REJECTED, g.requestedBy(), step.user(), e.reasons(), null, false, null));
            case AccessChanged e -> d.grant(e.grantId(), g -> g == null ? null
                    : new WorkerGrantView(g.grantId(), g.resourceType(), g.resource(), e.scope(),
                    e.justification() == null ? g.justification() : e.justification(), g.state(), g.requestedBy(),
                    g.decidedBy(), g.rejectionReasons(), g.revokedOn(), g.late(), g.notes()));
            case AccessRevoked e -> {
                d.grant(e.grantId(), g -> g == null ? null
                        : new WorkerGrantView(g.grantId(), g.resourceType(), g.resource(), g.scope(), g.justification(),
                        GrantState.REVOKED, g.requestedBy(), g.decidedBy(), g.rejectionReasons(), e.revokedOn(),
                        e.late(), e.notes()));
                d.knowLastServiceDay(e.lastServiceDay());
            }
            case AssetIssued e -> d.assets.put(e.assetId(),
                    new WorkerAssetView(e.assetId(), e.description(), step.user(), null, false));
            case AssetReturned e -> {
                WorkerAssetView a = d.assets.get(e.assetId());
                if (a != null) {
                    d.assets.put(e.assetId(), new WorkerAssetView(a.assetId(), a.description(), a.issuedBy(),
                            e.returnedOn(), e.late()));
                }
                d.knowLastServiceDay(e.lastServiceDay());
            }
            case WorkerWithdrawn e -> {
                d.withdrawalReason = e.reason();
                d.status = WorkerStatus.WITHDRAWN;
            }
            case WorkerOffboardingStarted e -> {
                d.lastServiceDay = e.lastServiceDay();
                d.offboardingReason = e.reason();
                d.status = WorkerStatus.OFFBOARDING;
            }
            case AccessRevocationOverdue e -> {
                d.revocationOverdue = true;
                d.knowLastServiceDay(e.lastServiceDay());
            }
            case WorkerExited e -> {
                d.exitedOn = e.exitedOn();
                d.exitLate = e.late();
                d.status = WorkerStatus.EXITED;
            }
            case WorkerPersonalDataErased e -> {
            } // the key is gone: every read opens the sealed data as erased, whatever this document holds
            case WorkerSocialInsuranceProofRenewed e -> {
                d.proofs = new WorkerProofs(d.proofs == null ? null : d.proofs.laborContractReference(),
                        e.reference(), e.month(), d.proofs == null ? null : d.proofs.confidentialityPledgeReference());
                d.socialInsuranceLapse = null;
            }
            case WorkerInductionRefused e -> d.refusedInductions.add(new WorkerInductionRefusalView(
                    List.copyOf(e.requestedTopics()), List.copyOf(e.disallowedTopics()), step.user(), step.at()));
            case SocialInsuranceProofLapsed e -> d.socialInsuranceLapse = new SocialInsuranceLapseView(
                    e.lastCoveredMonth(), e.lapsedOn(), e.graceMonths());
        }
        return new WorkerDocument(current.personalData(), d.at(step).freeze());
    }

    /**
     * What a worker lacks, in the order of {@link WorkerGap}: a filed proof (or its social-insurance proof lapsed,
     * {@code lapse} not null), a badge number, an email suffix.
     */
    static List<WorkerGap> missing(WorkerProofs p, SocialInsuranceLapseView lapse, String badgeNumber,
                                   String emailSuffix) {
        List<WorkerGap> gaps = new ArrayList<>();
        if (lapse != null || p == null || blank(p.laborContractReference()) || blank(p.socialInsuranceReference())
                || blank(p.socialInsuranceMonth()) || blank(p.confidentialityPledgeReference())) {
            gaps.add(WorkerGap.PROOFS);
        }
        if (blank(badgeNumber)) {
            gaps.add(WorkerGap.BADGE);
        }
        if (blank(emailSuffix)) {
            gaps.add(WorkerGap.EMAIL_SUFFIX);
        }
        return List.copyOf(gaps);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
