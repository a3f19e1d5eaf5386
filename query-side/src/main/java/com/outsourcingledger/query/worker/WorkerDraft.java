package com.outsourcingledger.query.worker;

import com.outsourcingledger.api.worker.WorkerProofs;
import com.outsourcingledger.api.worker.WorkerQuery.*;
import com.outsourcingledger.api.worker.WorkerStatus;
import com.outsourcingledger.query.readmodel.ViewFold.Step;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A mutable working copy of a {@link WorkerDetail}, local to one step of {@link WorkerView}'s fold. */
final class WorkerDraft {

    String workerId, contractId, vendorId, submittedBy, verifiedBy, filingNotes, rejectionReasons;
    String badgeNumber, emailSuffix, offboardingReason, withdrawalReason;
    WorkerStatus status;
    WorkerProofs proofs;
    WorkerInductionView induction;
    final List<WorkerInductionRefusalView> refusedInductions = new ArrayList<>();
    SocialInsuranceLapseView socialInsuranceLapse;
    final Map<String, WorkerGrantView> grants = new LinkedHashMap<>();
    final Map<String, WorkerAssetView> assets = new LinkedHashMap<>();
    LocalDate lastServiceDay, exitedOn;
    boolean revocationOverdue, exitLate;
    long sequence;
    Instant lastChangedAt;

    static WorkerDraft filed(String workerId, String contractId, String vendorId, WorkerProofs proofs, Step step) {
        WorkerDraft x = new WorkerDraft();
        x.workerId = workerId;
        x.contractId = contractId;
        x.vendorId = vendorId;
        x.proofs = proofs;
        x.status = WorkerStatus.PROPOSED;
        x.submittedBy = step.user();
        return x.at(step);
    }

    static WorkerDraft of(WorkerDetail w) {
        WorkerDraft x = new WorkerDraft();
        x.workerId = w.workerId();
        x.contractId = w.contractId();
        x.vendorId = w.vendorId();
        x.status = w.status();
        x.proofs = w.proofs();
        x.submittedBy = w.submittedBy();
        x.verifiedBy = w.verifiedBy();
        x.filingNotes = w.filingNotes();
        x.rejectionReasons = w.rejectionReasons();
        x.induction = w.induction();
        x.badgeNumber = w.badgeNumber();
        x.emailSuffix = w.emailSuffix();
        w.grants().forEach(g -> x.grants.put(g.grantId(), g));
        w.assets().forEach(a -> x.assets.put(a.assetId(), a));
        x.lastServiceDay = w.lastServiceDay();
        x.offboardingReason = w.offboardingReason();
        x.withdrawalReason = w.withdrawalReason();
        x.revocationOverdue = w.revocationOverdue();
        x.exitedOn = w.exitedOn();
        x.exitLate = w.exitLate();
        if (w.refusedInductions() != null) { // null in a document stored before workers showed them
            x.refusedInductions.addAll(w.refusedInductions());
        }
        x.socialInsuranceLapse = w.socialInsuranceLapse();
        x.sequence = w.sequence();
        x.lastChangedAt = w.lastChangedAt();
        return x;
    }

    /** Replaces a grant by what {@code change} makes of it (null: unknown grant, nothing changes). */
    void grant(String grantId, UnaryOperator<WorkerGrantView> change) {
        WorkerGrantView changed = change.apply(grants.get(grantId));
        if (changed != null) {
            grants.put(grantId, changed);
        }
    }

    void knowLastServiceDay(LocalDate day) {
        if (lastServiceDay == null) {
            lastServiceDay = day;
        }
    }

    WorkerDraft at(Step step) {
        sequence = step.sequence();
        lastChangedAt = step.at();
        return this;
    }

    long grantsHeld() {
        return grants.values().stream().filter(g -> g.state() == GrantState.GRANTED).count();
    }

    long assetsHeld() {
        return assets.values().stream().filter(a -> a.returnedOn() == null).count();
    }

    /** Something is held although the worker is gone, or past the last service day on record. */
    boolean liveAccessAfterExit() {
        boolean gone = status == WorkerStatus.EXITED || status == WorkerStatus.WITHDRAWN || revocationOverdue;
        return gone && grantsHeld() + assetsHeld() > 0;
    }

    WorkerDetail freeze() {
        return new WorkerDetail(workerId, contractId, vendorId, status, null, false, proofs, submittedBy, verifiedBy,
                filingNotes, rejectionReasons, induction, badgeNumber, emailSuffix, List.copyOf(grants.values()),
                List.copyOf(assets.values()), WorkerView.missing(proofs, socialInsuranceLapse, badgeNumber, emailSuffix),
                lastServiceDay, offboardingReason, withdrawalReason, revocationOverdue, exitedOn, exitLate,
                liveAccessAfterExit(), List.copyOf(refusedInductions), socialInsuranceLapse, sequence, lastChangedAt);
    }
}
