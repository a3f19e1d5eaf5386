package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.CostBenefit;
import com.outsourcingledger.api.project.NonCoreDeclaration;
import com.outsourcingledger.api.project.ProjectCategory;
import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.project.ProjectEvent.*;
import com.outsourcingledger.api.project.ProjectPeriod;
import com.outsourcingledger.api.project.ProjectRequest;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectEventWireFormatTest {

    private static final String P = "project-1";
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private final Serializer serializer = EventWireFormat.serializer();

    static ProjectRequest request() {
        return new ProjectRequest("客服中心外包", "话务量季节性波动", "客户服务部", "王五", ProjectCategory.BPO,
                "一线话务接听，不含投诉处理", "月度服务报告", "接通率≥95%", new ProjectPeriod(DAY, DAY.plusYears(2)), 40,
                Money.cny("2400000.00"), "部门预算", Money.cny("120000.00"), "人员流动：要求备岗",
                new CostBenefit(Money.cny("2400000.00"), Money.cny("3100000.00"), "节约22%"),
                List.of("12个月内运营成本降低15%"), new NonCoreDeclaration(true, true, true, "辅助性话务"));
    }

    static Stream<ProjectEvent> everyProjectEvent() {
        return Stream.of(
                new ProjectDrafted(P, request(), "business"),
                new ProjectRevised(P, request(), "business"),
                new ProjectSubmitted(P, "business", DAY, 1),
                new ProjectReviewed(P, 1, ApprovalStep.HR_COMPLIANCE, ReviewOpinion.APPROVE, "用工模式合规",
                        ShamOutsourcingRisk.LOW, "hr", Department.HR, DAY),
                new ProjectEstablished(P, DAY),
                new ProjectCancelled(P, "需求取消", DAY, "sourcing-1"),
                new ProjectSourcingStarted(P, "sourcing-1"),
                new ProjectSourcingCancelled(P, "sourcing-1", "流标", DAY, ProjectStatus.ESTABLISHED),
                new ProjectAwarded(P, "sourcing-1", "vendor-1", DAY),
                new ProjectRetenderOpened(P, "contract-1", DAY),
                new ProjectContracted(P, "contract-1", DAY),
                new ProjectActivated(P, "contract-1", DAY),
                new ProjectClosed(P, DAY));
    }

    @Test
    void coversEveryProjectEventType() {
        assertThat(everyProjectEvent().map(Object::getClass))
                .containsExactlyInAnyOrder(Arrays.stream(ProjectEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }

    @Test
    void aCancellationStoredBeforeItNamedItsSourcingStillLoads() {
        SerializedObject<byte[]> stored = serializer.serialize(new ProjectCancelled(P, "需求取消", DAY, "sourcing-1"),
                byte[].class);
        String before = new String(stored.getData(), StandardCharsets.UTF_8).replace(",\"sourcingId\":\"sourcing-1\"", "");
        assertThat(before).doesNotContain("sourcingId");

        ProjectCancelled read = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                before.getBytes(StandardCharsets.UTF_8), byte[].class, stored.getType()));

        assertThat(read).isEqualTo(new ProjectCancelled(P, "需求取消", DAY, null));
    }

    @ParameterizedTest
    @MethodSource("everyProjectEvent")
    void everyEventSurvivesTheRoundTripUnchanged(ProjectEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void writesMoneyAsExactDecimalsAndTheRequestInChinese() {
        String json = new String(serializer.serialize(new ProjectDrafted(P, request(), "business"), byte[].class)
                .getData(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"riskReserve\":{\"amount\":120000.00,\"currency\":\"CNY\"}")
                .contains("\"name\":\"客服中心外包\"")
                .contains("\"startsOn\":\"2026-04-01\"");
    }
}
