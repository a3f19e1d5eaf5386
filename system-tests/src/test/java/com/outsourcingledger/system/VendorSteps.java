package com.outsourcingledger.system;

import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.api.vendor.CreditCode;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.system.LedgerClient.Response;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The vendor acts end-to-end tests take over HTTP, as the departments would. */
final class VendorSteps {

    private static final AtomicInteger CODES = new AtomicInteger(1);

    private VendorSteps() {
    }

    /** A registration with a fresh, valid credit code; every database of a test run sees different codes. */
    static Map<String, Object> newRegistration() {
        String first16 = "91310000%08d".formatted(CODES.getAndIncrement());
        Map<String, Object> registration = new HashMap<>();
        registration.put("vendorId", UUID.randomUUID().toString());
        registration.put("legalName", "上海测试外包服务有限公司");
        registration.put("creditCode", CreditCode.complete(first16));
        registration.put("legalRepresentative", "张三");
        registration.put("address", "上海市浦东新区世纪大道100号");
        registration.put("contacts", List.of(Map.of("name", "李四", "role", "客户经理", "phone", "13800000000",
                "email", "li.si@example.com")));
        registration.put("registeredCapital", Map.of("amount", "10000000.00", "currency", "CNY"));
        registration.put("foundingYear", 2012);
        registration.put("headcount", 320);
        registration.put("categories", List.of("IT", "BPO"));
        return registration;
    }

    static String register(LedgerSystem system, LedgerClient client, Map<String, Object> registration,
                           Map<String, String> headers) {
        Response response = client.post(system.commandUrl("/vendors"), "hr", registration, headers);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String location = response.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /**
     * Due diligence with every criterion passed, each by its examining department, a business license on file (the
     * document policy's requirement for an IT or BPO vendor), then admission by hr2: hr registered the vendor and
     * examined its HR criteria, so may not admit it.
     */
    static void admit(LedgerSystem system, LedgerClient client, String vendorId) {
        succeeded(client.post(system.commandUrl("/vendors/" + vendorId + "/due-diligence"), "hr", Map.of()));
        for (AdmissionCriterion criterion : AdmissionCriterion.values()) {
            String examiner = criterion.examiner().name().toLowerCase();
            succeeded(client.post(system.commandUrl("/vendors/" + vendorId + "/due-diligence/findings"), examiner,
                    Map.of("criterion", criterion.name(), "outcome", "PASSED", "summary", "核查通过",
                            "evidenceRefs", List.of("dd-" + criterion.name().toLowerCase()))));
        }
        Response license = client.post(system.commandUrl("/vendors/" + vendorId + "/qualifications"), "hr",
                qualification("license-" + vendorId, "BUSINESS_LICENSE", LocalDate.of(2020, 7, 1),
                        LocalDate.of(2035, 6, 30), true));
        assertThat(license.status()).as(license.toString()).isEqualTo(201);
        succeeded(client.post(system.commandUrl("/vendors/" + vendorId + "/admission"), "hr2",
                Map.of("tier", "STANDARD")));
    }

    static String registerAndAdmit(LedgerSystem system, LedgerClient client) {
        String vendorId = register(system, client, newRegistration(), Map.of());
        admit(system, client, vendorId);
        return vendorId;
    }

    static Map<String, Object> qualification(String id, String type, LocalDate from, LocalDate until, boolean required) {
        return Map.of("qualificationId", id, "type", type, "number", "NO-" + id, "issuer", "上海市市场监督管理局",
                "validFrom", from.toString(), "validUntil", until.toString(), "required", required);
    }

    private static void succeeded(Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 204);
    }

    /**
     * Stores, directly in the event store as an older version could have, a vendor registration with a NUL in its
     * name: an event PostgreSQL refuses in every read model that keeps the name.
     */
    static DomainEventMessage<VendorRegistered> storePoisonedRegistration(LedgerSystem system) {
        String vendorId = UUID.randomUUID().toString();
        DomainEventMessage<VendorRegistered> poison = new GenericDomainEventMessage<>("Vendor", vendorId, 0,
                new VendorRegistered(vendorId, "外包\u0000公司", "91350100M000100Y43", "张三", "上海",
                        List.of(), new Money(new BigDecimal("1000000.00"), "CNY"), 2001, 200,
                        Set.of(VendorCategory.values()[0])),
                MetaData.with(MetadataKeys.USER, "legacy-import").and(MetadataKeys.DEPARTMENT, "HR"));
        system.commandSide().getBean(EventStore.class).publish(poison);
        return poison;
    }
}
