package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.api.vendor.AnnualReviewOutcome;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.FindingOutcome;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.RequiredDocuments;
import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.*;
import com.outsourcingledger.api.vendor.VendorTier;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class VendorEventWireFormatTest {

    private static final String V = "vendor-1";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
    private final Serializer serializer = EventWireFormat.serializer();

    static Stream<VendorEvent> everyVendorEvent() {
        return Stream.of(
                new VendorRegistered(V, "上海某某服务有限公司", "91350100M000100Y43", "张三", "上海市",
                        List.of(new Contact("李四", "经理", "138", "li@example.com")), Money.cny("10000000.50"), 2010, 200,
                        Set.of(VendorCategory.IT, VendorCategory.BPO)),
                new QualificationAdded(V, "q1", QualificationType.HR_SERVICE_PERMIT, "No.1", "人社局", DAY, DAY.plusYears(3), true),
                new QualificationRenewed(V, "q1", "No.2", DAY, DAY.plusYears(5)),
                new VendorQualificationExpired(V, "q1", QualificationType.HR_SERVICE_PERMIT, DAY),
                new DueDiligenceStarted(V, DAY),
                new DueDiligenceFindingRecorded(V, AdmissionCriterion.LITIGATION_CHECK, FindingOutcome.PASSED, "无诉讼", List.of("e1"),
                        "复核：诉讼已撤回"),
                new VendorAdmitted(V, DAY, VendorTier.STANDARD, DAY.plusYears(1), new RequiredDocuments("2026-standard",
                        Set.of(QualificationType.BUSINESS_LICENSE), List.of("q0"))),
                new VendorAdmissionRejected(V, List.of("资质不全"), Set.of(AdmissionCriterion.REQUIRED_PERMITS)),
                new VendorWarned(V, "迟交", List.of("e2")),
                new VendorSuspended(V, SuspensionCause.DECISION, "违约", List.of("e3")),
                new VendorReinstated(V, "整改完成"),
                new VendorEliminated(V, "评估不合格", List.of("e4")),
                new VendorBlacklisted(V, "数据泄露", List.of("e5")),
                new VendorTierChanged(V, VendorTier.STRATEGIC),
                new AnnualReviewCompleted(V, DAY, AnnualReviewOutcome.CONCERNS, "负债率偏高", DAY.plusYears(1)),
                new AnnualReviewOverdue(V, DAY),
                new VendorPortalAccountOpened(V, "li.si"),
                new VendorPortalAccountClosed(V, "li.si", "离职"));
    }

    @Test
    void coversEveryVendorEventType() {
        assertThat(everyVendorEvent().map(Object::getClass))
                .containsExactlyInAnyOrder(Arrays.stream(VendorEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }

    @ParameterizedTest
    @MethodSource("everyVendorEvent")
    void everyEventSurvivesTheRoundTripUnchanged(VendorEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void anAdmissionAndAFindingStoredBeforeTheirLaterComponentsLoadWithoutThem() {
        VendorAdmitted admitted = EventWireFormat.jsonMapper().readValue("""
                {"vendorId":"v","admittedOn":"2026-03-31","tier":"STANDARD","annualReviewDue":"2027-03-31"}""",
                VendorAdmitted.class);
        DueDiligenceFindingRecorded finding = EventWireFormat.jsonMapper().readValue("""
                {"vendorId":"v","criterion":"LITIGATION_CHECK","outcome":"PASSED","summary":"无","evidenceRefs":[]}""",
                DueDiligenceFindingRecorded.class);

        assertThat(admitted.requiredDocuments()).isNull();
        assertThat(admitted.tier()).isEqualTo(VendorTier.STANDARD);
        assertThat(finding.reexaminationReason()).isNull();
    }

    @Test
    void writesIsoDatesExactDecimalsAndUtf8Text() {
        String json = new String(serializer.serialize(everyVendorEvent().findFirst().orElseThrow(), byte[].class).getData(),
                StandardCharsets.UTF_8);
        assertThat(json).contains("\"legalName\":\"上海某某服务有限公司\"")
                .contains("\"registeredCapital\":{\"amount\":10000000.50,\"currency\":\"CNY\"}");
        String admitted = new String(serializer.serialize(new VendorAdmitted(V, DAY, VendorTier.STANDARD, DAY), byte[].class)
                .getData(), StandardCharsets.UTF_8);
        assertThat(admitted).contains("\"admittedOn\":\"2026-03-31\"");
        assertThat(EventWireFormat.jsonMapper().readValue("{\"amount\":0.1,\"currency\":\"CNY\",\"added\":1}", Money.class)
                .amount()).isEqualTo(new BigDecimal("0.1"));
    }
}
