package com.outsourcingledger.command.worker;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.InductionTopic;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.api.worker.WorkerProofs;
import com.outsourcingledger.command.lookup.ContractFacts;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Worker 张三 of an ACTIVE contract of vendor-1, filed by the vendor's user and verified by HR. */
final class WorkerSamples {

    static final String WORKER_ID = "worker-1";
    static final String CONTRACT_ID = "contract-1";
    static final String VENDOR_ID = "vendor-1";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-04-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    static final Term TERM = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    static final PersonalData PERSON = new PersonalData("张三", "110101199001011234", "13800000000");
    static final WorkerProofs PROOFS = new WorkerProofs("LC-2026-001", "SI-2026-03", "2026-03", "NDA-001");
    static final String GRANT_ID = "grant-1";
    static final String ASSET_ID = "laptop-7";

    private WorkerSamples() {
    }

    static ContractFacts contract(ContractStatus status) {
        return new ContractFacts(CONTRACT_ID, status, VENDOR_ID, "project-1", Money.cny("2400000.00"),
                FeeModel.FIXED_PRICE, SettlementCycle.MONTHLY, List.of(TERM), TERM.start(), null, List.of(),
                Set.of(), Set.of(), Money.cny("0.00"));
    }

    static WorkerFilingSubmitted submitted() {
        return new WorkerFilingSubmitted(WORKER_ID, CONTRACT_ID, VENDOR_ID,
                InMemoryWorkerLookups.sealed(WORKER_ID, PERSON), PROOFS);
    }

    static WorkerFiled filed() {
        return new WorkerFiled(WORKER_ID, CONTRACT_ID, VENDOR_ID, PROOFS, "材料齐全");
    }

    static WorkerInducted inducted() {
        return new WorkerInducted(WORKER_ID, TODAY, List.of(InductionTopic.SAFETY, InductionTopic.CONFIDENTIALITY));
    }

    static WorkerBadgeIssued badged() {
        return new WorkerBadgeIssued(WORKER_ID, "B-0001", "@ext.vendor-1.example.com");
    }

    static AccessRequested requested() {
        return new AccessRequested(WORKER_ID, GRANT_ID, AccessResourceType.SYSTEM, "ERP", "read-only", "运维支持");
    }

    static AccessGranted granted() {
        return new AccessGranted(WORKER_ID, CONTRACT_ID, GRANT_ID, AccessResourceType.SYSTEM, "ERP", "read-only");
    }

    static AssetIssued assetIssued() {
        return new AssetIssued(WORKER_ID, ASSET_ID, "ThinkPad X1");
    }

    static WorkerOffboardingStarted offboarding(LocalDate lastServiceDay) {
        return new WorkerOffboardingStarted(WORKER_ID, CONTRACT_ID, lastServiceDay, "合同到期");
    }

    /** Filed by the vendor user, verified by HR. */
    static List<EventMessage<?>> filedWorker() {
        return List.of(by("vendor-user", submitted()), by("hr", filed()));
    }

    /** Filed, inducted and badged: ACTIVE. */
    static List<EventMessage<?>> activeWorker() {
        return with(filedWorker(), by("business", inducted()), by("business", badged()));
    }

    /** ACTIVE, holding the ERP grant (requested by business, approved by hr) and a laptop. */
    static List<EventMessage<?>> holdingWorker() {
        return with(activeWorker(), by("business", requested()), by("hr", granted()), by("business", assetIssued()));
    }

    static EventMessage<?> by(String user, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(Map.of(MetadataKeys.USER, user));
    }

    static MetaData actingAs(String user, Department department) {
        return MetaData.from(Map.of(MetadataKeys.USER, user, MetadataKeys.DEPARTMENT, department.name()));
    }

    static MetaData vendorUser(String vendorId) {
        return MetaData.from(Map.of(MetadataKeys.USER, "vendor-user", MetadataKeys.VENDOR, vendorId));
    }

    @SafeVarargs
    static List<EventMessage<?>> with(List<EventMessage<?>> earlier, EventMessage<?>... later) {
        List<EventMessage<?>> all = new ArrayList<>(earlier);
        all.addAll(Arrays.asList(later));
        return all;
    }
}
