package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.vendor.VendorEvent;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vendor-status takes exactly the vendor events that set a status: one it took without acting on would cost its
 * processor a transaction per event for nothing, one it missed would leave the stored status behind.
 */
class VendorStatusHandlersTest {

    @Test
    void handlesExactlyTheVendorEventsThatSetAStatus() throws Exception {
        VendorStatusProjection projection = new VendorStatusProjection(new DriverManagerDataSource("jdbc:none"),
                new StaticListableBeanFactory(Map.of()).getBeanProvider(org.axonframework.eventsourcing.eventstore.EventStore.class));
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        Class<?>[] events = VendorEvent.class.getPermittedSubclasses();

        assertThat(events).hasSizeGreaterThan(10);
        for (Class<?> type : events) {
            VendorEvent event = instance(type);
            assertThat(adapter.canHandleType(type)).as(type.getSimpleName())
                    .isEqualTo(VendorStatusProjection.statusAfter(event).isPresent());
        }
    }

    /** An event of the type with every component empty: only its type matters to the status. */
    private static VendorEvent instance(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(VendorStatusHandlersTest::empty).toArray();
        return (VendorEvent) type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object empty(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == int.class) {
            return 0;
        }
        return type == long.class ? (Object) 0L : null;
    }
}
