package com.outsourcingledger.query.console;

import com.outsourcingledger.api.compliance.ComplianceCheckOccasion;
import com.outsourcingledger.api.compliance.ComplianceCheckStatus;
import com.outsourcingledger.api.compliance.ComplianceProof;
import com.outsourcingledger.api.compliance.ComplianceViolationKind;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.incident.IncidentStatus;
import com.outsourcingledger.api.incident.IncidentType;
import com.outsourcingledger.api.incident.NotifiedParty;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.risk.RiskCategory;
import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.api.risk.RiskLevel;
import com.outsourcingledger.api.risk.RiskResponseStrategy;
import com.outsourcingledger.api.risk.RiskStatus;
import com.outsourcingledger.api.risk.RiskSubjectKind;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.api.signal.ShamSignalResponse;
import com.outsourcingledger.api.signal.ShamSignalStatus;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.FindingSeverity;
import com.outsourcingledger.api.specialaudit.FindingStatus;
import com.outsourcingledger.api.specialaudit.SpecialAuditStatus;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.InductionTopic;
import com.outsourcingledger.api.worker.WorkerQuery.GrantState;
import com.outsourcingledger.api.worker.WorkerQuery.WorkerGap;
import com.outsourcingledger.api.worker.WorkerStatus;
import com.outsourcingledger.query.audit.AuditedKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The console speaks both languages completely: every label has its English twin, and the default is Chinese. */
class ConsoleMessagesTest {

    @Test
    void bothLanguagesLabelTheSameThings() throws IOException {
        Properties chinese = bundle("/messages.properties");
        Properties english = bundle("/messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        assertThat(chinese.getProperty("nav.dashboard")).isEqualTo("仪表盘");
        assertThat(english.getProperty("nav.dashboard")).isEqualTo("Dashboard");
    }

    /** An enum the pages show by its {@code Type.VALUE} key is labelled for every value, new ones included. */
    @Test
    void everyValueOfALabelledEnumHasItsLabel() throws IOException {
        Properties chinese = bundle("/messages.properties");
        for (Class<? extends Enum<?>> type : List.of(ApprovalStep.class, ContractStatus.class, ProjectStatus.class,
                SettlementStep.class, VendorCategory.class, VendorStatus.class, VendorTier.class, RiskFlag.class,
                WorkerStatus.class, WorkerGap.class, GrantState.class, AccessResourceType.class, InductionTopic.class,
                ShamSignalType.class, ShamSignalStatus.class, ShamSignalResponse.class, ShamRiskOccasion.class,
                ShamOutsourcingRisk.class, ComplianceCheckStatus.class, ComplianceViolationKind.class,
                ComplianceProof.class, ComplianceCheckOccasion.class, RiskLevel.class, RiskStatus.class,
                RiskCategory.class, RiskSubjectKind.class, RiskResponseStrategy.class, IncidentType.class,
                IncidentStatus.class, NotifiedParty.class, AuditControl.class, FindingStatus.class,
                FindingSeverity.class, SpecialAuditStatus.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(chinese.getProperty(type.getSimpleName() + "." + value.name()))
                        .as(type.getSimpleName() + "." + value.name()).isNotBlank();
            }
        }
    }

    @Test
    void everyAuditedKindHasItsLabel() throws IOException {
        Properties chinese = bundle("/messages.properties");
        for (AuditedKind kind : AuditedKind.values()) {
            assertThat(chinese.getProperty("audit.kind." + kind.collection)).as(kind.name()).isNotBlank();
        }
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsoleMessagesTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
