package com.outsourcingledger.system.benchmark;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A realistic history appended straight to the event store: vendors through due diligence to admission, and
 * contracts through co-review and signing to months of SLA measurements, settlements and evaluations
 * ({@link ContractHistory}). Events of
 * many aggregates interleave, as they do in production.
 */
final class BenchmarkHistory {

    private static final int INTERLEAVED = 200;
    private static final int APPEND_BATCH = 2_000;

    private final LocalDate today;
    private final ContractHistory contracts;

    BenchmarkHistory(LocalDate today) {
        this(today, 0);
    }

    /** With a rectification notice for every breach of one contract in {@code noticeEvery}. */
    BenchmarkHistory(LocalDate today, int noticeEvery) {
        this.today = today;
        this.contracts = new ContractHistory(today, noticeEvery);
    }

    /** Appends the history and answers the number of events appended. */
    long append(EventStorageEngine engine, int vendors, int contracts, int months) {
        List<String> vendorIds = new ArrayList<>();
        List<Supplier<List<DomainEventMessage<?>>>> streams = new ArrayList<>();
        for (int v = 0; v < vendors; v++) {
            String vendorId = UUID.randomUUID().toString();
            int n = v;
            vendorIds.add(vendorId);
            streams.add(() -> messages("Vendor", vendorId, "hr", Department.HR, vendor(vendorId, n)));
        }
        for (int c = 0; c < contracts; c++) {
            String contractId = UUID.randomUUID().toString();
            String vendorId = vendorIds.get(c % vendorIds.size());
            int n = c;
            streams.add(() -> messages(this.contracts.history(contractId, vendorId, n, months)));
        }
        long appended = 0;
        List<DomainEventMessage<?>> pending = new ArrayList<>();
        for (int group = 0; group < streams.size(); group += INTERLEAVED) {
            List<List<DomainEventMessage<?>>> open = streams.subList(group, Math.min(streams.size(), group + INTERLEAVED))
                    .stream().map(Supplier::get).toList();
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

    /** Each aggregate's events numbered from 0, in the order given. */
    static List<DomainEventMessage<?>> messages(List<HistoryEvent> events) {
        MetaData metaData = MetaData.with(MetadataKeys.USER, "business").and(MetadataKeys.DEPARTMENT,
                Department.BUSINESS.name());
        Map<String, Long> sequences = new HashMap<>();
        List<DomainEventMessage<?>> messages = new ArrayList<>(events.size());
        for (HistoryEvent e : events) {
            long sequence = sequences.merge(e.type() + "/" + e.id(), 1L, Long::sum) - 1;
            messages.add(new GenericDomainEventMessage<>(e.type(), e.id(), sequence, e.payload(), metaData));
        }
        return messages;
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
}
