package com.outsourcingledger.query.worker;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.platform.privacy.PersonalDataVault;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.InductionTopic;
import com.outsourcingledger.api.worker.WorkerEvent;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.api.worker.WorkerProofs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Worker events of one worker of one contract, as the worker aggregate records them. */
public final class WorkerSamples {

    public static final LocalDate LAST_SERVICE_DAY = LocalDate.parse("2026-06-30");

    private WorkerSamples() {
    }

    public static WorkerProofs proofs() {
        return new WorkerProofs("LC-1", "SI-2026-03", "2026-03", "NDA-1");
    }

    public static PersonalData person(String workerId) {
        return new PersonalData("张三 " + workerId, "110101199001011234", "138 0000 0000");
    }

    public static WorkerFilingSubmitted submitted(PersonalDataVault vault, String workerId, String contractId,
                                                  String vendorId) {
        return new WorkerFilingSubmitted(workerId, contractId, vendorId, vault.seal(workerId, person(workerId)),
                proofs());
    }

    /** Filed, inducted, badged: ACTIVE. */
    public static List<WorkerEvent> active(PersonalDataVault vault, String workerId, String contractId,
                                           String vendorId) {
        return List.of(submitted(vault, workerId, contractId, vendorId),
                new WorkerFiled(workerId, contractId, vendorId, proofs(), "核验通过"),
                new WorkerInducted(workerId, LocalDate.parse("2026-04-01"),
                        List.of(InductionTopic.SAFETY, InductionTopic.CONFIDENTIALITY)),
                new WorkerBadgeIssued(workerId, "B-" + workerId, "@" + vendorId + ".ext.example"));
    }

    /** ACTIVE with one grant approved and one asset issued. */
    public static List<WorkerEvent> holding(PersonalDataVault vault, String workerId, String contractId,
                                            String vendorId) {
        List<WorkerEvent> events = new ArrayList<>(active(vault, workerId, contractId, vendorId));
        events.add(new AccessRequested(workerId, "g-1", AccessResourceType.SYSTEM, "ERP", "read", "报表核对"));
        events.add(new AccessGranted(workerId, contractId, "g-1", AccessResourceType.SYSTEM, "ERP", "read"));
        events.add(new AssetIssued(workerId, "a-1", "笔记本电脑"));
        return events;
    }

    public static WorkerOffboardingStarted offboarding(String workerId, String contractId) {
        return new WorkerOffboardingStarted(workerId, contractId, LAST_SERVICE_DAY, "合同到期");
    }

    public static AccessRevocationOverdue overdue(String workerId, String contractId) {
        return new AccessRevocationOverdue(workerId, contractId, LAST_SERVICE_DAY, List.of("g-1"), List.of("a-1"));
    }
}
