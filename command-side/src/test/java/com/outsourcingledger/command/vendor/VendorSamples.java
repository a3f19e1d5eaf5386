package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.CreditCode;
import com.outsourcingledger.api.vendor.FindingOutcome;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.RequiredDocuments;
import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorCommand.AddQualification;
import com.outsourcingledger.api.vendor.VendorCommand.RegisterVendor;
import com.outsourcingledger.api.vendor.VendorEvent.DueDiligenceFindingRecorded;
import com.outsourcingledger.api.vendor.VendorEvent.DueDiligenceStarted;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationAdded;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmitted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorQualificationExpired;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.api.vendor.VendorEvent.VendorSuspended;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fixed ids, a fixed clock in the client's zone, and the facts most tests start from. */
final class VendorSamples {

    static final String VENDOR_ID = "vendor-1";
    static final String CREDIT_CODE = CreditCode.complete("91310000MA1FL000");
    static final String LICENSE = "qualification-license";
    static final String ISO = "qualification-iso";
    static final String HR_PERMIT = "qualification-hr-permit";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final LocalDate LICENSE_VALID_UNTIL = LocalDate.of(2026, 6, 30);

    private VendorSamples() {
    }

    static RegisterVendor registerVendor() {
        return new RegisterVendor(VENDOR_ID, "上海示例人力服务有限公司", new CreditCode(CREDIT_CODE), "张三",
                "上海市浦东新区世纪大道1号", List.of(contact()), Money.cny("5000000.00"), 2012, 320,
                Set.of(VendorCategory.HR, VendorCategory.BPO));
    }

    static VendorRegistered vendorRegistered() {
        return new VendorRegistered(VENDOR_ID, "上海示例人力服务有限公司", CREDIT_CODE, "张三",
                "上海市浦东新区世纪大道1号", List.of(contact()), Money.cny("5000000.00"), 2012, 320,
                Set.of(VendorCategory.HR, VendorCategory.BPO));
    }

    static Contact contact() {
        return new Contact("李四", "客户经理", "+86 21 5555 0100", "lisi@example.cn");
    }

    static Object[] underDueDiligence(FindingOutcome... outcomesInCriterionOrder) {
        List<Object> events = new ArrayList<>(List.of(vendorRegistered(), new DueDiligenceStarted(VENDOR_ID, TODAY)));
        AdmissionCriterion[] criteria = AdmissionCriterion.values();
        for (int i = 0; i < outcomesInCriterionOrder.length; i++) {
            events.add(finding(criteria[i], outcomesInCriterionOrder[i]));
        }
        return events.toArray();
    }

    /** Every criterion passed, without the documents the policy requires on file. */
    static Object[] everyCriterionPassedWithoutDocuments() {
        FindingOutcome[] passed = new FindingOutcome[AdmissionCriterion.values().length];
        Arrays.fill(passed, FindingOutcome.PASSED);
        return underDueDiligence(passed);
    }

    /** Every criterion passed, with the business license and, as the vendor serves HR, the HR service permit. */
    static Object[] everyCriterionPassed() {
        return with(everyCriterionPassedWithoutDocuments(), licenseAdded(), hrPermitAdded());
    }

    static QualificationAdded hrPermitAdded() {
        return new QualificationAdded(VENDOR_ID, HR_PERMIT, QualificationType.HR_SERVICE_PERMIT, "HRS-310000-88",
                "上海市人力资源和社会保障局", LocalDate.of(2024, 1, 1), LocalDate.of(2029, 12, 31), true);
    }

    static RequiredDocuments requiredDocuments() {
        return new RequiredDocuments("2026-standard",
                Set.of(QualificationType.BUSINESS_LICENSE, QualificationType.HR_SERVICE_PERMIT),
                List.of(HR_PERMIT, LICENSE));
    }

    /** Admitted; its qualification documents are left to each test. */
    static Object[] admitted() {
        return with(everyCriterionPassedWithoutDocuments(), vendorAdmitted());
    }

    static DueDiligenceFindingRecorded finding(AdmissionCriterion criterion, FindingOutcome outcome) {
        return new DueDiligenceFindingRecorded(VENDOR_ID, criterion, outcome, "checked " + criterion,
                List.of("evidence/" + criterion.name().toLowerCase()));
    }

    static VendorAdmitted vendorAdmitted() {
        return new VendorAdmitted(VENDOR_ID, TODAY, VendorTier.STANDARD, TODAY.plusMonths(12), requiredDocuments());
    }

    static AddQualification addLicense() {
        return new AddQualification(VENDOR_ID, LICENSE, QualificationType.BUSINESS_LICENSE, "BL-2020-001",
                "上海市市场监督管理局", LocalDate.of(2020, 7, 1), LICENSE_VALID_UNTIL, true);
    }

    static QualificationAdded licenseAdded() {
        return new QualificationAdded(VENDOR_ID, LICENSE, QualificationType.BUSINESS_LICENSE, "BL-2020-001",
                "上海市市场监督管理局", LocalDate.of(2020, 7, 1), LICENSE_VALID_UNTIL, true);
    }

    static AddQualification addIso() {
        return new AddQualification(VENDOR_ID, ISO, QualificationType.ISO9001, "ISO-9001-77", "中国质量认证中心",
                LocalDate.of(2023, 7, 1), LICENSE_VALID_UNTIL, false);
    }

    static VendorQualificationExpired licenseExpired() {
        return new VendorQualificationExpired(VENDOR_ID, LICENSE, QualificationType.BUSINESS_LICENSE,
                LICENSE_VALID_UNTIL);
    }

    static VendorSuspended suspendedByDecision() {
        return new VendorSuspended(VENDOR_ID, SuspensionCause.DECISION, "多次延误交付", List.of("memo-17"));
    }

    static VendorSuspended suspendedForExpiredLicense() {
        return new VendorSuspended(VENDOR_ID, SuspensionCause.QUALIFICATION_EXPIRED,
                "Required qualification " + LICENSE + " (BUSINESS_LICENSE) expired after " + LICENSE_VALID_UNTIL,
                List.of());
    }

    static Object[] with(Object[] earlier, Object... later) {
        List<Object> events = new ArrayList<>(List.of(earlier));
        events.addAll(List.of(later));
        return events.toArray();
    }

    static Instant startOfDayAfter(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** {@code event} as stored when {@code user} of {@code department} caused it. */
    static EventMessage<?> by(String user, Department department, Object event) {
        return GenericEventMessage.asEventMessage(event)
                .withMetaData(Map.of(MetadataKeys.USER, user, MetadataKeys.DEPARTMENT, department.name()));
    }

    static Map<String, Object> actingAs(String user, Department department) {
        return Map.of(MetadataKeys.USER, user, MetadataKeys.DEPARTMENT, department.name());
    }

    static Map<String, Object> actingAs(Department department) {
        return Map.of(MetadataKeys.USER, department.name().toLowerCase(), MetadataKeys.DEPARTMENT, department.name());
    }
}
