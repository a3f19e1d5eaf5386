package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.api.contract.Clause;
import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.MeasurementPeriod;
import com.outsourcingledger.api.contract.Party;
import com.outsourcingledger.api.contract.PaymentMethod;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.SlaDirection;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.FindingOutcome;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent.*;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A realistic history appended straight to the event store: vendors through due diligence to admission, and
 * contracts through co-review and signing to months of SLA measurements, one metric in six breached. Events of
 * many aggregates interleave, as they do in production.
 */
final class BenchmarkHistory {

    private static final int INTERLEAVED = 200;
    private static final int APPEND_BATCH = 2_000;
    private static final List<String> METRICS = List.of("quality", "on-time", "response");

    private final LocalDate today;

    BenchmarkHistory(LocalDate today) {
        this.today = today;
    }

    /** Appends the history and answers the number of events appended. */
    long append(EventStorageEngine engine, int vendors, int contracts, int months) {
        List<String> vendorIds = new ArrayList<>();
        List<List<DomainEventMessage<?>>> streams = new ArrayList<>();
        for (int v = 0; v < vendors; v++) {
            String vendorId = UUID.randomUUID().toString();
            vendorIds.add(vendorId);
            streams.add(messages("Vendor", vendorId, "hr", Department.HR, vendor(vendorId, v)));
        }
        for (int c = 0; c < contracts; c++) {
            String contractId = UUID.randomUUID().toString();
            streams.add(messages("Contract", contractId, "business", Department.BUSINESS,
                    contract(contractId, vendorIds.get(c % vendorIds.size()), c, months)));
        }
        long appended = 0;
        List<DomainEventMessage<?>> pending = new ArrayList<>();
        for (int group = 0; group < streams.size(); group += INTERLEAVED) {
            List<List<DomainEventMessage<?>>> open = streams.subList(group, Math.min(streams.size(), group + INTERLEAVED));
            int longest = open.stream().mapToInt(List::size).max().orElse(0);
            for (int i = 0; i < longest; i++) {
                for (List<DomainEventMessage<?>> stream : open) {
                    if (i < stream.size()) {
                        pending.add(stream.get(i));
                    }
                }
                if (pending.size() >= APPEND_BATCH) {
                    engine.appendEvents(pending);
                    appended += pending.size();
                    pending = new ArrayList<>();
                }
            }
        }
        engine.appendEvents(pending);
        return appended + pending.size();
    }

    private static List<DomainEventMessage<?>> messages(String type, String id, String user, Department department,
                                                      List<Object> events) {
        MetaData metaData = MetaData.with(MetadataKeys.USER, user).and(MetadataKeys.DEPARTMENT, department.name());
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>(type, id, i, events.get(i), metaData));
        }
        return messages;
    }

    private List<Object> vendor(String vendorId, int n) {
        List<Object> events = new ArrayList<>(List.of(
                new VendorRegistered(vendorId, "基准外包服务有限公司 " + n, "91310000%09d".formatted(n), "张三", "上海市浦东新区",
                        List.of(new Contact("李四", "客户经理", "13800000000", "li@example.com")),
                        Money.cny("10000000.00"), 2010, 200, Set.of(VendorCategory.IT)),
                new QualificationAdded(vendorId, "license", QualificationType.BUSINESS_LICENSE, "L-" + n, "市监局",
                        today.minusYears(3), today.plusDays(n % 400), true),
                new QualificationAdded(vendorId, "iso", QualificationType.ISO9001, "ISO-" + n, "认证中心",
                        today.minusYears(1), today.plusDays(30 + n % 300), false),
                new DueDiligenceStarted(vendorId, today.minusMonths(30))));
        for (AdmissionCriterion criterion : AdmissionCriterion.values()) {
            events.add(new DueDiligenceFindingRecorded(vendorId, criterion, FindingOutcome.PASSED, "核查通过",
                    List.of("dd-" + criterion.name())));
        }
        events.add(new VendorAdmitted(vendorId, today.minusMonths(29), VendorTier.STANDARD, today.plusMonths(7)));
        return events;
    }

    private List<Object> contract(String contractId, String vendorId, int n, int months) {
        LocalDate start = today.withDayOfMonth(1).minusMonths(months);
        Term term = new Term(start, today.plusDays(n % 365));
        List<Object> events = new ArrayList<>(List.of(
                new ContractDrafted(contractId, null, vendorId, "外包服务合同 " + n, term, content())));
        for (String metric : METRICS) {
            events.add(new SlaDefined(contractId, new SlaMetric(metric, metric, "%", new BigDecimal("95"),
                    SlaDirection.AT_LEAST, MeasurementPeriod.MONTHLY, "系统", "质检组", new BigDecimal("2"),
                    Money.cny("5000.00"))));
        }
        events.addAll(List.of(new NdaRecorded(contractId, "NDA-" + n, start),
                new ContractSubmittedForCoReview(contractId, 1)));
        for (Department reviewer : List.of(Department.LEGAL, Department.HR, Department.FINANCE, Department.BUSINESS)) {
            events.add(new CoReviewOpinionRecorded(contractId, reviewer, ReviewOpinion.APPROVE, "同意"));
        }
        events.addAll(List.of(new ContractApproved(contractId, 1), new ContractSigned(contractId, start, 1),
                new ContractActivated(contractId, start, start.plusMonths(6))));
        for (int m = 0; m < months; m++) {
            String period = YearMonth.from(start).plusMonths(m).toString();
            for (int k = 0; k < METRICS.size(); k++) {
                boolean met = (n + m + k) % 6 != 0;
                events.add(new SlaMeasurementRecorded(contractId, METRICS.get(k), period,
                        new BigDecimal(met ? "97" : "90"), new BigDecimal("95"), SlaDirection.AT_LEAST, met));
                if (!met) {
                    events.add(new SlaBreached(contractId, METRICS.get(k), period, new BigDecimal("95"),
                            new BigDecimal("90"), new BigDecimal("5"), Money.cny("100000.00"), new BigDecimal("2"),
                            Money.cny("5000.00"), Money.cny("2000.00")));
                }
            }
        }
        return events;
    }

    private static ContractContent content() {
        return new ContractContent(new Party("上海示例科技有限公司", null, null, null, null),
                new Party("基准外包服务有限公司", null, null, null, null), "客服外包", List.of("热线"), null,
                FeeModel.FIXED_PRICE, Money.cny("1200000.00"), PaymentMethod.BANK_TRANSFER, SettlementCycle.MONTHLY,
                Arrays.stream(ClauseCategory.values()).map(c -> new Clause(c, "条款")).toList(), 60);
    }
}
