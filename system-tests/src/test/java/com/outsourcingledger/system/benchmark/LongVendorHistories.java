package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent.DueDiligenceStarted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmitted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.api.vendor.VendorEvent.VendorWarned;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.CommandSideApplication;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Admitted vendors with long histories, appended straight through the storage engine of an in-process
 * command-side before the apps start: registered, under due diligence, admitted, then warned {@code warnings}
 * times, as if HR had warned them over the years.
 */
final class LongVendorHistories {

    private LongVendorHistories() {
    }

    /** The vendors' ids; each has {@code 3 + warnings} events. */
    static List<String> append(Map<String, String> database, int vendors, int warnings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        database.forEach((key, value) -> args.add("--" + key + "=" + value));
        List<String> ids = new ArrayList<>(vendors);
        try (ConfigurableApplicationContext app = CommandSideApplication.builder().run(args.toArray(String[]::new))) {
            EventStorageEngine engine = app.getBean(EventStorageEngine.class);
            TransactionTemplate transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            List<EventMessage<?>> batch = new ArrayList<>();
            for (int v = 0; v < vendors; v++) {
                String vendorId = UUID.randomUUID().toString();
                ids.add(vendorId);
                batch.addAll(history(vendorId, warnings));
                if (batch.size() >= 2_000 || v == vendors - 1) {
                    List<EventMessage<?>> events = List.copyOf(batch);
                    transactions.executeWithoutResult(tx -> engine.appendEvents(events));
                    batch.clear();
                }
            }
        }
        return ids;
    }

    private static List<EventMessage<?>> history(String vendorId, int warnings) {
        LocalDate admitted = LocalDate.of(2024, 1, 15);
        List<Object> payloads = new ArrayList<>(List.of(
                new VendorRegistered(vendorId, "历史服务有限公司", "91310000MA1FL0000X", "张三", "上海市浦东新区",
                        List.of(new Contact("李四", "客户经理", "13800000000", "li@example.com")),
                        Money.cny("10000000"), 2010, 200, Set.of(VendorCategory.IT)),
                new DueDiligenceStarted(vendorId, admitted.minusDays(20)),
                new VendorAdmitted(vendorId, admitted, VendorTier.STANDARD, admitted.plusMonths(12))));
        for (int w = 0; w < warnings; w++) {
            payloads.add(new VendorWarned(vendorId, "Late delivery, month " + w, List.of("doc-" + w)));
        }
        List<EventMessage<?>> events = new ArrayList<>(payloads.size());
        for (int seq = 0; seq < payloads.size(); seq++) {
            events.add(new GenericDomainEventMessage<>("Vendor", vendorId, seq, payloads.get(seq),
                    MetaData.with(MetadataKeys.USER, "hr").and(MetadataKeys.DEPARTMENT, "HR")
                            .and(MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString())));
        }
        return events;
    }
}
