package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.api.vendor.AnnualReviewOutcome;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.CreditCode;
import com.outsourcingledger.api.vendor.FindingOutcome;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.RequiredDocuments;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent.*;
import com.outsourcingledger.api.vendor.VendorTier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A vendor's history as the Vendor aggregate applies it, for planting: registered and taken through due diligence by
 * HR, each admission criterion examined by its own department, admitted by another HR user (business license on
 * file, valid for years), annual reviews completed by FINANCE, the overdue flag raised by the ledger's deadline the
 * day after a missed due date; each date in a payload the day its event was stored.
 */
final class VendorPlanting {

    private static final LocalTime WORKING_HOUR = LocalTime.of(10, 0);

    private final String vendorId;
    private final ZoneId zone;
    private final PlantedHistory history;
    private LocalDate due;

    private VendorPlanting(String vendorId, ZoneId zone, Instant start) {
        this.vendorId = vendorId;
        this.zone = zone;
        this.history = PlantedHistory.of("Vendor", vendorId, start);
    }

    /** Registered three weeks before its admission on {@code admittedOn}, due diligence in between. */
    static VendorPlanting admitted(String vendorId, LocalDate admittedOn, ZoneId zone) {
        Instant admittedAt = admittedOn.atTime(WORKING_HOUR).atZone(zone).toInstant();
        Instant registeredAt = admittedAt.minus(Duration.ofDays(21));
        VendorPlanting vendor = new VendorPlanting(vendorId, zone, registeredAt);
        String license = "license-" + vendorId;
        LocalDate registeredOn = registeredAt.atZone(zone).toLocalDate();
        vendor.history.by(Department.HR.name(), "hr1")
                .event(new VendorRegistered(vendorId, "示例人力服务有限公司 " + vendorId, creditCode(vendorId), "张三",
                        "上海市浦东新区世纪大道1号", List.of(new Contact("李四", "客户经理", "+86 21 5555 0100",
                        "lisi@example.cn")), Money.cny("5000000.00"), 2012, 320, Set.of(VendorCategory.BPO)))
                .after(Duration.ofHours(1))
                .event(new QualificationAdded(vendorId, license, QualificationType.BUSINESS_LICENSE, "BL-" + vendorId,
                        "上海市市场监督管理局", registeredOn.minusYears(5), registeredOn.plusYears(10), true))
                .after(Duration.ofDays(1))
                .event(new DueDiligenceStarted(vendorId, registeredOn.plusDays(1)))
                .after(Duration.ofDays(7));
        for (AdmissionCriterion criterion : AdmissionCriterion.values()) {
            Department examiner = criterion.examiner();
            vendor.history.by(examiner.name(), examiner.name().toLowerCase() + "2").after(Duration.ofHours(1))
                    .event(new DueDiligenceFindingRecorded(vendorId, criterion, FindingOutcome.PASSED,
                            "已核查 " + criterion, List.of("evidence/" + criterion.name().toLowerCase())));
        }
        vendor.due = admittedOn.plusMonths(12);
        vendor.history.at(admittedAt).by(Department.HR.name(), "hr3")
                .event(new VendorAdmitted(vendorId, admittedOn, VendorTier.STANDARD, vendor.due,
                        new RequiredDocuments("2026-standard", Set.of(QualificationType.BUSINESS_LICENSE),
                                List.of(license))));
        return vendor;
    }

    /** FINANCE completes the annual review on {@code reviewedOn}; the next is due twelve months later. */
    VendorPlanting reviewedOn(LocalDate reviewedOn) {
        due = reviewedOn.plusMonths(12);
        history.at(reviewedOn.atTime(WORKING_HOUR).atZone(zone).toInstant()).by(Department.FINANCE.name(), "finance1")
                .event(new AnnualReviewCompleted(vendorId, reviewedOn, AnnualReviewOutcome.SOUND, "财务状况稳健", due));
        return this;
    }

    /** The deadline the day after the due date finds no review. */
    VendorPlanting overdue() {
        history.at(due.plusDays(1).atStartOfDay(zone).toInstant().plusSeconds(1)).by(null, null)
                .event(new AnnualReviewOverdue(vendorId, due));
        return this;
    }

    /** Each review completed on its due date, as long as that falls before {@code end}. */
    VendorPlanting reviewedOnTimeBefore(LocalDate end) {
        while (due.isBefore(end)) {
            reviewedOn(due);
        }
        return this;
    }

    /** A valid code of its own per vendor: 9131 0000, then eight digits from the id. */
    private static String creditCode(String vendorId) {
        return CreditCode.complete("91310000" + String.format("%08d", Math.floorMod(vendorId.hashCode(), 100_000_000)));
    }

    LocalDate due() {
        return due;
    }

    List<AuditedEvent> events() {
        return history.events();
    }

    String eventId(int sequence) {
        return history.eventId(sequence);
    }
}
