package com.outsourcingledger.query.audit;

import com.outsourcingledger.api.wire.AggregateKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AuditedKindTest {

    /** The path is written out for the request mappings; it must still admit exactly the kinds' collections. */
    @Test
    void servesEveryAggregateKindUnderItsCollection() {
        assertThat(AuditedKind.values()).extracting(k -> k.aggregateType)
                .containsExactlyElementsOf(Arrays.stream(AggregateKind.values()).map(AggregateKind::aggregateType).toList());
        String collections = Arrays.stream(AggregateKind.values()).map(AggregateKind::collection)
                .collect(Collectors.joining("|"));
        assertThat(AuditedKind.PATH).isEqualTo("/audit/{kind:" + collections + "}/{id}");
    }
}
