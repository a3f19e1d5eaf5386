package com.outsourcingledger.query.stream.catalog;

import org.axonframework.serialization.Revision;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every event the ledger can store, found in shared-api rather than listed by hand: each sealed interface named
 * {@code *Event} under {@code com.outsourcingledger.api} is an aggregate's family, and its permitted records are
 * its events. A family added to shared-api joins the stream, its CloudEvents types and the catalog on its own.
 */
public final class EventCatalog {

    static final String API_PACKAGE = "com.outsourcingledger.api";

    private final Map<String, EventType> byName = new TreeMap<>();
    private final Map<Class<?>, EventType> byPayload = new HashMap<>();

    private EventCatalog() {
    }

    public static EventCatalog scan() {
        EventCatalog catalog = new EventCatalog();
        for (Class<?> family : families()) {
            String aggregate = family.getSimpleName().substring(0, family.getSimpleName().length() - "Event".length());
            catalog.addPermitted(aggregate, family);
        }
        return catalog;
    }

    private void addPermitted(String aggregate, Class<?> sealed) {
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                addPermitted(aggregate, permitted);
            } else if (permitted.isRecord()) {
                add(EventType.of(aggregate, permitted, version(permitted)));
            }
        }
    }

    private void add(EventType type) {
        EventType clash = byName.put(type.name(), type);
        if (clash != null) {
            throw new IllegalStateException("two events share the type " + type.name() + ": "
                    + clash.payloadType().getName() + " and " + type.payloadType().getName());
        }
        byPayload.put(type.payloadType(), type);
    }

    /** {@code @Revision("n")} makes version n + 1; without a revision an event is at version 1. */
    private static int version(Class<?> payloadType) {
        Revision revision = payloadType.getAnnotation(Revision.class);
        if (revision == null) {
            return 1;
        }
        try {
            return Integer.parseInt(revision.value().trim()) + 1;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("event revisions must be whole numbers to version their type: "
                    + payloadType.getName() + " has @Revision(\"" + revision.value() + "\")", e);
        }
    }

    private static Collection<Class<?>> families() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        MetadataReaderFactory readers = new SimpleMetadataReaderFactory(resolver);
        Map<String, Class<?>> families = new TreeMap<>();
        try {
            String pattern = "classpath*:" + API_PACKAGE.replace('.', '/') + "/**/*Event.class";
            for (Resource resource : resolver.getResources(pattern)) {
                String className = readers.getMetadataReader(resource).getClassMetadata().getClassName();
                Class<?> type = Class.forName(className, false, EventCatalog.class.getClassLoader());
                if (type.isInterface() && type.isSealed()) {
                    families.put(className, type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return families.values();
    }

    public Collection<EventType> types() {
        return byName.values();
    }

    public Optional<EventType> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<EventType> ofPayload(Class<?> payloadType) {
        return Optional.ofNullable(byPayload.get(payloadType));
    }

    /**
     * The type of a stored event: from the catalog, or for a payload outside every sealed family (none is
     * expected) named after its aggregate and record the same way, so that it is still delivered.
     */
    public EventType typeOf(Class<?> payloadType, String aggregateType) {
        EventType known = byPayload.get(payloadType);
        if (known != null) {
            return known;
        }
        String aggregate = aggregateType == null || aggregateType.isBlank() ? "Ledger" : aggregateType;
        return EventType.of(aggregate, payloadType, version(payloadType));
    }
}
