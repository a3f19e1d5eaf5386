package com.outsourcingledger.query.stream.catalog;

import com.outsourcingledger.api.vendor.VendorEvent;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class EventCatalogTest {

    private final EventCatalog catalog = EventCatalog.scan();

    @Test
    void findsEveryRecordOfEverySealedEventFamilyInSharedApi() {
        assertThat(catalog.types()).extracting(EventType::payloadType)
                .containsAll(Arrays.asList(VendorEvent.class.getPermittedSubclasses()));
        assertThat(catalog.types()).allSatisfy(type -> assertThat(type.payloadType().isRecord()).isTrue());
    }

    @Test
    void typeNamesAreUniqueVersionedAndNeverJavaNames() {
        assertThat(catalog.types()).extracting(EventType::name)
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("outsourcing\\.[a-z0-9-]+(\\.[a-z0-9]+)+\\.v[0-9]+"), "stable type name");
        assertThat(catalog.named("outsourcing.vendor.blacklisted.v1")).get()
                .extracting(EventType::payloadType).isEqualTo(VendorEvent.VendorBlacklisted.class);
    }
}
