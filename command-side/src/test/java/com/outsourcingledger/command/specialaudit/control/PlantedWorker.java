package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.InductionTopic;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.api.worker.WorkerProofs;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;

/**
 * One worker's history as the Worker aggregate applies it: filed by the vendor's user (no department), verified
 * by HR, inducted and badged by BUSINESS, access requested by BUSINESS and approved by HR, assets issued by
 * BUSINESS, revoked by HR and returned to BUSINESS.
 */
final class PlantedWorker {

    private final String workerId;
    private final String contractId;
    private final AuditPeriod period;
    private final PlantedHistory history;
    private WorkerProofs proofs;

    private PlantedWorker(String workerId, String contractId, AuditPeriod period, Instant submittedAt) {
        this.workerId = workerId;
        this.contractId = contractId;
        this.period = period;
        this.history = PlantedHistory.of("Worker", workerId, submittedAt);
    }

    /** The vendor's filing, its social insurance proven for the month before. */
    static PlantedWorker submitted(String workerId, String contractId, AuditPeriod period, Instant at) {
        PlantedWorker worker = new PlantedWorker(workerId, contractId, period, at);
        String month = YearMonth.from(at.atZone(period.zone())).minusMonths(1).toString();
        worker.proofs = new WorkerProofs("LC-" + workerId, "SI-" + workerId + "-" + month, month, "CP-" + workerId);
        String sealed = Base64.getEncoder().encodeToString(("sealed:" + workerId).getBytes(StandardCharsets.UTF_8));
        worker.history.by(null, "vendor-user-1").event(new WorkerFilingSubmitted(workerId, contractId,
                ServiceContract.vendorOf(contractId), new SealedPersonalData(workerId, "AES-256-GCM", sealed),
                worker.proofs));
        return worker;
    }

    PlantedWorker verified(Duration later) {
        history.by("HR", "hr-1").after(later).event(new WorkerFiled(workerId, contractId,
                ServiceContract.vendorOf(contractId), proofs, "材料齐全"));
        return this;
    }

    /** Inducted on the site topics and badged the next hour: ACTIVE. */
    PlantedWorker active(Duration later) {
        LocalDate inductedOn = history.events().getLast().timestamp().plus(later).atZone(period.zone()).toLocalDate();
        history.by("BUSINESS", "business-1").after(later).event(new WorkerInducted(workerId, inductedOn,
                        List.of(InductionTopic.SAFETY, InductionTopic.CONFIDENTIALITY)))
                .after(Duration.ofHours(1))
                .event(new WorkerBadgeIssued(workerId, "B-" + workerId, "@ext." + contractId + ".example.com"));
        return this;
    }

    PlantedWorker proofRenewed(Duration later, String month) {
        history.by(null, "vendor-user-1").after(later).event(new WorkerSocialInsuranceProofRenewed(workerId,
                contractId, "SI-" + workerId + "-" + month, month));
        return this;
    }

    PlantedWorker requested(Instant at, String grantId) {
        history.by("BUSINESS", "business-1").at(at).event(new AccessRequested(workerId, grantId,
                AccessResourceType.SYSTEM, "ERP", "read-only", "驻场运维需要查询工单"));
        return this;
    }

    PlantedWorker granted(Instant at, String grantId) {
        history.by("HR", "hr-2").at(at).event(new AccessGranted(workerId, contractId, grantId,
                AccessResourceType.SYSTEM, "ERP", "read-only"));
        return this;
    }

    PlantedWorker assetIssued(Duration later, String assetId) {
        history.by("BUSINESS", "business-1").after(later).event(new AssetIssued(workerId, assetId, "笔记本电脑"));
        return this;
    }

    /** BUSINESS starts the offboarding; HR revokes each grant and BUSINESS takes each asset back on the day given. */
    PlantedWorker offboarding(Instant at, LocalDate lastServiceDay) {
        history.by("BUSINESS", "business-1").at(at).event(new WorkerOffboardingStarted(workerId, contractId,
                lastServiceDay, "驻场项目调整，供应商更换人员"));
        return this;
    }

    PlantedWorker revoked(Instant at, String grantId, LocalDate lastServiceDay) {
        LocalDate on = at.atZone(period.zone()).toLocalDate();
        history.by("HR", "hr-1").at(at).event(new AccessRevoked(workerId, grantId, on, lastServiceDay,
                on.isAfter(lastServiceDay), "离场收回权限"));
        return this;
    }

    PlantedWorker returned(Instant at, String assetId, LocalDate lastServiceDay) {
        LocalDate on = at.atZone(period.zone()).toLocalDate();
        history.by("BUSINESS", "business-1").at(at).event(new AssetReturned(workerId, assetId, on, lastServiceDay,
                on.isAfter(lastServiceDay)));
        return this;
    }

    /** The revocation or return that left nothing held: the exit, in the same step. */
    PlantedWorker exited(boolean late) {
        LocalDate on = history.events().getLast().timestamp().atZone(period.zone()).toLocalDate();
        history.event(new WorkerExited(workerId, contractId, on, late));
        return this;
    }

    PlantedHistory history() {
        return history;
    }
}
