package com.outsourcingledger.query.stream.catalog;

import com.outsourcingledger.api.wire.AggregateKind;

import java.util.Optional;

/**
 * The public identity of one event record: its CloudEvents {@code type} (stable, versioned, never a Java class
 * name), the aggregate it belongs to and the path of that aggregate's resource, which forms the {@code source}.
 *
 * @param name      e.g. {@code outsourcing.vendor.admitted.v1}
 * @param aggregate e.g. {@code vendor}
 * @param resources e.g. {@code /vendors}
 */
public record EventType(String name, String aggregate, String resources, Class<?> payloadType) {

    private static final String PREFIX = "outsourcing.";

    /**
     * Names an event of a sealed family: {@code VendorEvent.VendorAdmitted} with revision 0 (or none) becomes
     * {@code outsourcing.vendor.admitted.v1}; the aggregate's name is dropped from the record's name where it
     * leads it, the rest is dot-cased. An aggregate's resource and collection are its {@link AggregateKind}'s, the
     * names its audit paths use too; a family without a kind yet is named by its words.
     */
    static EventType of(String aggregateName, Class<?> payloadType, int version) {
        Optional<AggregateKind> kind = AggregateKind.ofAggregateType(aggregateName);
        String aggregate = kind.map(AggregateKind::resource).orElseGet(() -> Names.kebab(aggregateName));
        String event = payloadType.getSimpleName();
        if (event.startsWith(aggregateName) && event.length() > aggregateName.length()
                && Character.isUpperCase(event.charAt(aggregateName.length()))) {
            event = event.substring(aggregateName.length());
        }
        return new EventType(PREFIX + aggregate + "." + Names.dotted(event) + ".v" + version, aggregate,
                "/" + kind.map(AggregateKind::collection).orElseGet(() -> Names.plural(aggregate)), payloadType);
    }

    public String source(String aggregateIdentifier) {
        return aggregateIdentifier == null ? resources : resources + "/" + aggregateIdentifier;
    }
}
