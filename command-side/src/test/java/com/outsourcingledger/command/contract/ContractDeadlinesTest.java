package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.command.contract.ContractDeadlines.ExpiryApproachingDue;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ContractDeadlinesTest {

    private final Serializer wire = EventWireFormat.serializer();

    @Test
    void anExpiryDeadlineStoredBeforeItCarriedTheRenewalLeadReadsTheLeadAsNull() {
        ExpiryApproachingDue due = new ExpiryApproachingDue(LocalDate.of(2026, 12, 31), 3);
        SerializedObject<byte[]> stored = wire.serialize(due, byte[].class);
        assertThat((Object) wire.deserialize(stored)).isEqualTo(due);
        String before = new String(stored.getData(), StandardCharsets.UTF_8).replace(",\"leadMonths\":3", "");
        assertThat(before).doesNotContain("leadMonths");

        ExpiryApproachingDue read = wire.deserialize(new SimpleSerializedObject<>(
                before.getBytes(StandardCharsets.UTF_8), byte[].class, stored.getType()));

        assertThat(read).isEqualTo(new ExpiryApproachingDue(LocalDate.of(2026, 12, 31), null));
    }
}
