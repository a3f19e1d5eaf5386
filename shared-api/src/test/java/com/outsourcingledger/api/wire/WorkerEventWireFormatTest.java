package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.InductionTopic;
import com.outsourcingledger.api.worker.WorkerEvent;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.api.worker.WorkerProofs;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerEventWireFormatTest {

    private static final String W = "worker-1";
    private static final LocalDate DAY = LocalDate.of(2026, 4, 15);
    private final Serializer serializer = EventWireFormat.serializer();

    static Stream<WorkerEvent> everyWorkerEvent() {
        WorkerProofs proofs = new WorkerProofs("LC-1", "SI-2026-03", "2026-03", "NDA-7");
        return Stream.of(
                new WorkerFilingSubmitted(W, "contract-1", "vendor-1",
                        new SealedPersonalData(W, "AES-256-GCM", "bm9uY2UuY2lwaGVydGV4dA=="), proofs),
                new WorkerFilingResubmitted(W, proofs),
                new WorkerFiled(W, "contract-1", "vendor-1", proofs, "材料齐全"),
                new WorkerFilingRejected(W, "缺少社保证明"),
                new WorkerInducted(W, DAY, List.of(InductionTopic.SAFETY, InductionTopic.CONFIDENTIALITY)),
                new WorkerBadgeIssued(W, "B-1001", "@vendor.example.com"),
                new AccessRequested(W, "grant-1", AccessResourceType.SYSTEM, "工单系统", "只读", "处理工单"),
                new AccessGranted(W, "contract-1", "grant-1", AccessResourceType.SYSTEM, "工单系统", "只读"),
                new AccessRequestRejected(W, "grant-2", "超出服务范围"),
                new AccessChanged(W, "grant-1", "读写", "扩大服务范围"),
                new AccessRevoked(W, "grant-1", DAY, DAY.minusDays(1), true, "晚一天"),
                new AssetIssued(W, "laptop-9", "笔记本电脑"),
                new AssetReturned(W, "laptop-9", DAY, DAY, false),
                new WorkerWithdrawn(W, "供应商更换人员"),
                new WorkerOffboardingStarted(W, "contract-1", DAY, "合同到期"),
                new AccessRevocationOverdue(W, "contract-1", DAY, List.of("grant-1"), List.of()),
                new WorkerExited(W, "contract-1", DAY.plusDays(1), true),
                new WorkerPersonalDataErased(W, "本人申请删除"),
                new WorkerInductionRefused(W, "contract-1", "vendor-1",
                        List.of(InductionTopic.SAFETY, InductionTopic.COMPANY_CULTURE), List.of(InductionTopic.COMPANY_CULTURE)),
                new WorkerSocialInsuranceProofRenewed(W, "contract-1", "SI-2026-05", "2026-05"),
                new SocialInsuranceProofLapsed(W, "contract-1", "vendor-1", "2026-03", DAY, 2));
    }

    @Test
    void coversEveryWorkerEventType() {
        assertThat(everyWorkerEvent().map(Object::getClass)).containsExactlyInAnyOrder(
                Arrays.stream(WorkerEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }

    @ParameterizedTest
    @MethodSource("everyWorkerEvent")
    void everyEventSurvivesTheRoundTripUnchanged(WorkerEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }
}
