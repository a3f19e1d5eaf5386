package com.outsourcingledger.query.audit;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.wire.AggregateKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditedKindTest {

    /** The path is written out for the request mappings; it must still admit exactly the kinds' collections. */
    @Test
    void servesEveryAggregateKindUnderItsCollection() {
        assertThat(AuditedKind.values()).extracting(k -> k.aggregateType)
                .containsExactlyElementsOf(Arrays.stream(AggregateKind.values()).map(AggregateKind::aggregateType).toList());
        assertThat(Arrays.stream(AggregateKind.values()).map(k -> AuditedKind.of(k.collection()).aggregateType))
                .containsExactlyElementsOf(Arrays.stream(AggregateKind.values()).map(AggregateKind::aggregateType).toList());
        assertThatThrownBy(() -> AuditedKind.of("widgets")).isInstanceOf(Refusal.class)
                .hasMessageContaining("widgets");
    }
}
