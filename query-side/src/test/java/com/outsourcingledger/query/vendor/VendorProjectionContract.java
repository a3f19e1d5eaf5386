package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.api.vendor.FindingOutcome;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.AnnualReviewOverdue;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationRenewed;
import com.outsourcingledger.api.vendor.VendorEvent.VendorBlacklisted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorQualificationExpired;
import com.outsourcingledger.api.vendor.VendorEvent.VendorTierChanged;
import com.outsourcingledger.api.vendor.VendorEvent.VendorWarned;
import com.outsourcingledger.api.vendor.VendorQuery.ExpiringQualification;
import com.outsourcingledger.api.vendor.VendorQuery.FindExpiringQualifications;
import com.outsourcingledger.api.vendor.VendorQuery.FindVendor;
import com.outsourcingledger.api.vendor.VendorQuery.FindVendors;
import com.outsourcingledger.api.vendor.VendorQuery.QualificationView;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.api.vendor.VendorQuery.VendorPage;
import com.outsourcingledger.api.vendor.VendorQuery.VendorSummary;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.query.readmodel.ViewFold.Step;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.query.vendor.VendorSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The vendor projection driven through its handlers against a real database, as the app drives it. */
abstract class VendorProjectionContract {

    private static final Clock CLOCK = Clock.fixed(T0, ZoneId.of("Asia/Shanghai"));

    private final Map<String, Long> sequences = new HashMap<>();
    private VendorProjection projection;
    private JdbcClient jdbc;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        projection = new VendorProjection(dataSource(), CLOCK);
        jdbc = JdbcClient.create(dataSource());
        projection.reset();
    }

    private void apply(String user, VendorEvent... events) {
        for (VendorEvent event : events) {
            long sequence = sequences.merge(event.vendorId(), 1L, Long::sum) - 1;
            Step context = at(sequence, user);
            projection.on(event, context.at(), sequence, context.user());
        }
    }

    private void admit(String vendorId, String legalName, LocalDate admittedOn, VendorTier tier,
                       VendorCategory... categories) {
        apply("hr", registered(vendorId, legalName, categories), dueDiligenceStarted(vendorId),
                finding(vendorId, AdmissionCriterion.VALID_BUSINESS_LICENSE, FindingOutcome.PASSED),
                admitted(vendorId, admittedOn, tier));
    }

    @Test
    void filtersTheDirectoryByRiskFlag() {
        admit("v-1", "甲公司", TODAY, VendorTier.STANDARD, VendorCategory.IT);
        admit("v-2", "乙公司", TODAY, VendorTier.STANDARD, VendorCategory.IT);
        apply("system", new AnnualReviewOverdue("v-1", TODAY));

        assertThat(ids(projection.handle(new FindVendors(null, null, null, 0, 20, null,
                RiskFlag.ANNUAL_REVIEW_OVERDUE)))).containsExactly("v-1");
        assertThat(ids(projection.handle(new FindVendors(null, null, null, 0, 20, null,
                RiskFlag.FLAGGED)))).isEmpty();
    }

    private VendorPage find(VendorStatus status, VendorCategory category, VendorTier tier, String sort) {
        return projection.handle(new FindVendors(status, category, tier, 0, 20, sort));
    }

    private static List<String> ids(VendorPage page) {
        return page.items().stream().map(VendorSummary::vendorId).toList();
    }

    private void fourVendors() {
        admit("v-a", "阿尔法科技", LocalDate.of(2025, 5, 1), VendorTier.STRATEGIC, VendorCategory.IT);
        admit("v-b", "贝塔人力", LocalDate.of(2024, 3, 1), VendorTier.STANDARD, VendorCategory.HR, VendorCategory.BPO);
        apply("hr", registered("v-c", "伽马物业", VendorCategory.FACILITY));
        admit("v-d", "德尔塔运维", LocalDate.of(2025, 9, 1), VendorTier.STANDARD, VendorCategory.IT);
        apply("hr", suspended("v-d", SuspensionCause.DECISION, "安全事故"));
    }

    @Test
    void filtersByStatusCategoryAndTierAloneOrCombined() {
        fourVendors();

        assertThat(ids(find(null, null, null, "legalName"))).containsExactlyInAnyOrder("v-a", "v-b", "v-c", "v-d");
        assertThat(ids(find(VendorStatus.ADMITTED, null, null, null))).containsExactlyInAnyOrder("v-a", "v-b");
        assertThat(ids(find(null, VendorCategory.IT, null, null))).containsExactlyInAnyOrder("v-a", "v-d");
        assertThat(ids(find(null, null, VendorTier.STANDARD, null))).containsExactlyInAnyOrder("v-b", "v-d");
        assertThat(ids(find(VendorStatus.SUSPENDED, VendorCategory.IT, VendorTier.STANDARD, null)))
                .containsExactly("v-d");
        assertThat(ids(find(VendorStatus.ELIMINATED, null, null, null))).isEmpty();
    }

    @Test
    void summariesCarryTheDenormalizedColumnsAndCategories() {
        fourVendors();

        VendorSummary b = find(null, VendorCategory.HR, null, null).items().getFirst();

        assertThat(b.legalName()).isEqualTo("贝塔人力");
        assertThat(b.creditCode()).hasSize(18);
        assertThat(b.status()).isEqualTo(VendorStatus.ADMITTED);
        assertThat(b.tier()).isEqualTo(VendorTier.STANDARD);
        assertThat(b.categories()).containsExactlyInAnyOrder(VendorCategory.HR, VendorCategory.BPO);
        assertThat(b.admittedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(b.lastChangedAt()).isEqualTo(at(3, "hr").at());
    }

    @Test
    void sortsByWhitelistedFieldsInEitherDirectionWithMissingValuesLast() {
        fourVendors();

        assertThat(ids(find(null, null, null, "admittedOn"))).containsExactly("v-b", "v-a", "v-d", "v-c");
        assertThat(ids(find(null, null, null, "-admittedOn"))).containsExactly("v-d", "v-a", "v-b", "v-c");
        assertThat(ids(find(null, null, null, "-lastChangedAt"))).containsExactly("v-d", "v-a", "v-b", "v-c");
        assertThat(find(null, null, null, "status").items()).extracting(VendorSummary::status).containsExactly(
                VendorStatus.ADMITTED, VendorStatus.ADMITTED, VendorStatus.REGISTERED, VendorStatus.SUSPENDED);
        assertThatThrownBy(() -> find(null, null, null, "credit_code; DROP TABLE vendor_view"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesThroughTheDirectoryWithATotalAndCapsThePageSize() {
        for (int i = 0; i < 7; i++) {
            apply("hr", registered("p-" + i, "供应商" + i, VendorCategory.OTHER));
        }

        VendorPage second = projection.handle(new FindVendors(null, null, null, 1, 3, "legalName"));
        VendorPage last = projection.handle(new FindVendors(null, null, null, 2, 3, "legalName"));
        VendorPage huge = projection.handle(new FindVendors(null, null, null, 0, 10_000, "legalName"));

        assertThat(ids(second)).containsExactly("p-3", "p-4", "p-5");
        assertThat(second.totalItems()).isEqualTo(7);
        assertThat(second.page()).isEqualTo(1);
        assertThat(ids(last)).containsExactly("p-6");
        assertThat(huge.size()).isEqualTo(VendorProjection.MAX_PAGE_SIZE);
        assertThat(huge.items()).hasSize(7);
    }

    @Test
    void detailIsTheFoldedDocumentWithDaysToExpiryFromTheClock() {
        apply("hr", registered("v-1", "阿尔法科技", VendorCategory.IT),
                license("v-1", "q-1", TODAY.plusDays(10)), iso9001("v-1", "q-2", null));
        apply("system", new VendorTierChanged("v-1", VendorTier.STRATEGIC));

        VendorDetail detail = projection.handle(new FindVendor("v-1")).orElseThrow();

        assertThat(detail.legalName()).isEqualTo("阿尔法科技");
        assertThat(detail.registeredCapital().amount()).isEqualByComparingTo("5000000.00");
        assertThat(detail.qualifications()).extracting(QualificationView::qualificationId, QualificationView::daysToExpiry)
                .containsExactly(tuple("q-1", 10L), tuple("q-2", null));
        assertThat(detail.tier()).isEqualTo(VendorTier.STRATEGIC);
        assertThat(detail.version()).isEqualTo(3);
        assertThat(detail.lastChangedAt()).isEqualTo(at(3, "system").at());
        assertThat(projection.handle(new FindVendor("unknown"))).isEmpty();
    }

    @Test
    void listsQualificationsExpiringWithinTheWindowSoonestFirst() {
        apply("hr", registered("v-1", "阿尔法科技", VendorCategory.IT),
                license("v-1", "soon", TODAY.plusDays(5)),
                iso9001("v-1", "later", TODAY.plusDays(30)),
                iso9001("v-1", "beyond", TODAY.plusDays(31)),
                iso9001("v-1", "lapsed", TODAY.minusDays(1)),
                iso9001("v-1", "undated", null));
        apply("hr", registered("v-2", "贝塔人力", VendorCategory.HR),
                license("v-2", "today", TODAY),
                license("v-2", "expired", TODAY.plusDays(2)));
        apply("system", new VendorQualificationExpired("v-2", "expired", QualificationType.BUSINESS_LICENSE,
                TODAY.plusDays(2)));
        apply("hr", registered("v-3", "伽马物业", VendorCategory.FACILITY), license("v-3", "barred", TODAY.plusDays(1)),
                new VendorBlacklisted("v-3", "伪造资质", List.of()));

        List<ExpiringQualification> expiring = projection.handle(new FindExpiringQualifications(30)).items();

        assertThat(expiring).extracting(ExpiringQualification::qualificationId, ExpiringQualification::daysToExpiry)
                .containsExactly(tuple("today", 0L), tuple("soon", 5L), tuple("later", 30L));
        assertThat(expiring.get(1)).isEqualTo(new ExpiringQualification("v-1", "阿尔法科技", "soon",
                QualificationType.BUSINESS_LICENSE, "L-soon", TODAY.plusDays(5), true, 5));
        assertThat(projection.handle(new FindExpiringQualifications(0)).items())
                .extracting(ExpiringQualification::qualificationId).containsExactly("today");
    }

    @Test
    void renewedQualificationLeavesTheExpiringListWhenItsNewDateIsBeyondTheWindow() {
        apply("hr", registered("v-1", "阿尔法科技", VendorCategory.IT), license("v-1", "q-1", TODAY.plusDays(3)));
        assertThat(projection.handle(new FindExpiringQualifications(30)).items()).hasSize(1);

        apply("hr", new QualificationRenewed("v-1", "q-1", "L-new", TODAY, TODAY.plusYears(5)));

        assertThat(projection.handle(new FindExpiringQualifications(30)).items()).isEmpty();
    }

    @Test
    void eachChangeAppendsItsSanctionsAsOnePartAndTheDetailIsStillTheWholeFold() {
        List<VendorEvent> events = new ArrayList<>(List.of(registered("v-1", "阿尔法科技", VendorCategory.IT),
                dueDiligenceStarted("v-1"), admitted("v-1", TODAY, VendorTier.STANDARD)));
        for (int i = 0; i < 60; i++) {
            events.add(new VendorWarned("v-1", "迟交报告 " + i, List.of("evidence/" + i)));
        }
        events.add(suspended("v-1", SuspensionCause.DECISION, "安全事故"));
        apply("hr", events.toArray(VendorEvent[]::new));

        assertThat(projection.handle(new FindVendor("v-1")).orElseThrow()).isEqualTo(fold(events));
        assertThat(count("vendor_sanction_view")).isEqualTo(61);
        String document = jdbc.sql("SELECT document FROM vendor_view WHERE vendor_id = 'v-1'").query(String.class).single();
        assertThat(document).doesNotContain("迟交报告").doesNotContain("安全事故");

        projection.on(new VendorWarned("v-1", "重放", List.of()), at(10, "hr").at(), 10L, "hr");
        assertThat(count("vendor_sanction_view")).isEqualTo(61);
    }

    @Test
    void aBatchAppendsEachVendorsNewSanctionsAsOnePart() {
        List<VendorEvent> events = new ArrayList<>(List.of(registered("v-1", "阿尔法科技", VendorCategory.IT),
                new VendorWarned("v-1", "第一次", List.of())));
        apply("hr", events.toArray(VendorEvent[]::new));
        List<VendorEvent> batch = List.of(new VendorWarned("v-1", "第二次", List.of("evidence/2")),
                new VendorTierChanged("v-1", VendorTier.STRATEGIC), new VendorWarned("v-1", "第三次", List.of()),
                registered("v-2", "贝塔人力", VendorCategory.HR), new VendorWarned("v-2", "首次", List.of()));
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (VendorEvent event : batch) {
            long sequence = sequences.merge(event.vendorId(), 1L, Long::sum) - 1;
            messages.add(new GenericDomainEventMessage<>("Vendor", event.vendorId(), sequence, event, Map.of(),
                    "e-" + event.vendorId() + "-" + sequence, at(sequence, "hr").at()));
        }
        new BatchingUnitOfWork<>(messages).executeWithResult(() -> {
            DomainEventMessage<?> m = (DomainEventMessage<?>) CurrentUnitOfWork.get().getMessage();
            projection.on((VendorEvent) m.getPayload(), m.getTimestamp(), m.getSequenceNumber(), "hr");
            return null;
        });
        events.addAll(batch.subList(0, 3));

        assertThat(projection.handle(new FindVendor("v-1")).orElseThrow()).isEqualTo(fold(events));
        assertThat(projection.handle(new FindVendor("v-2")).orElseThrow().sanctions()).hasSize(1);
        assertThat(jdbc.sql("SELECT vendor_id, position FROM vendor_sanction_view ORDER BY vendor_id, position")
                .query((rs, n) -> rs.getString(1) + "@" + rs.getInt(2)).list())
                .containsExactly("v-1@0", "v-1@1", "v-2@0");
    }

    @Test
    void aDocumentStoredWithItsSanctionsIsReadWithThemAndItsNextChangeMovesThemApart() {
        List<VendorEvent> events = new ArrayList<>(List.of(registered("v-1", "阿尔法科技", VendorCategory.IT),
                new VendorWarned("v-1", "第一次", List.of("evidence/1")),
                new VendorWarned("v-1", "第二次", List.of())));
        apply("hr", events.toArray(VendorEvent[]::new));
        jdbc.sql("UPDATE vendor_view SET document = :document WHERE vendor_id = 'v-1'")
                .param("document", EventWireFormat.jsonMapper().writeValueAsString(fold(events)))
                .update();
        jdbc.sql("DELETE FROM vendor_sanction_view").update();
        VendorProjection restarted = new VendorProjection(dataSource(), CLOCK);

        assertThat(restarted.handle(new FindVendor("v-1")).orElseThrow()).isEqualTo(fold(events));

        events.add(new VendorWarned("v-1", "第三次", List.of()));
        restarted.on(events.getLast(), at(3, "hr").at(), 3L, "hr");

        assertThat(restarted.handle(new FindVendor("v-1")).orElseThrow()).isEqualTo(fold(events));
        assertThat(count("vendor_sanction_view")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT document FROM vendor_view").query(String.class).single()).doesNotContain("第一次");
    }

    /** The detail the pure fold gives for the events, numbered from 0, all by {@code hr}, as seen today. */
    private static VendorDetail fold(List<VendorEvent> events) {
        VendorDetail detail = null;
        for (int i = 0; i < events.size(); i++) {
            detail = VendorView.evolve(detail, events.get(i), at(i, "hr"));
        }
        return VendorView.asOf(detail, TODAY);
    }

    @Test
    void redeliveredAndOlderEventsChangeNothing() {
        apply("hr", registered("v-1", "阿尔法科技", VendorCategory.IT), license("v-1", "q-1", TODAY.plusDays(3)));
        VendorDetail before = projection.handle(new FindVendor("v-1")).orElseThrow();

        projection.on(license("v-1", "q-1", TODAY.plusDays(3)), at(1, "hr").at(), 1L, "hr");
        projection.on(new VendorBlacklisted("v-1", "重放", List.of()), at(0, "legal").at(), 0L, "legal");
        projection.on(registered("v-1", "阿尔法科技", VendorCategory.IT), at(0, "hr").at(), 0L, "hr");

        assertThat(projection.handle(new FindVendor("v-1")).orElseThrow()).isEqualTo(before);
        assertThat(count("vendor_view")).isEqualTo(1);
        assertThat(count("vendor_view_category")).isEqualTo(1);
        assertThat(count("vendor_qualification_view")).isEqualTo(1);
        assertThat(count("vendor_sanction_view")).isZero();
    }

    @Test
    void resetEmptiesEveryTable() {
        fourVendors();
        apply("hr", license("v-a", "q-1", TODAY.plusDays(3)));
        assertThat(count("vendor_view")).isEqualTo(4);
        assertThat(count("vendor_qualification_view")).isEqualTo(1);
        assertThat(count("vendor_sanction_view")).isEqualTo(1);

        projection.reset();

        assertThat(count("vendor_view")).isZero();
        assertThat(count("vendor_view_category")).isZero();
        assertThat(count("vendor_qualification_view")).isZero();
        assertThat(count("vendor_sanction_view")).isZero();
        assertThat(find(null, null, null, null).totalItems()).isZero();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
