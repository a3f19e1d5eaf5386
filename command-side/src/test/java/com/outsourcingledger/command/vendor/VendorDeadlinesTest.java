package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.command.vendor.VendorDeadlines.AnnualReviewDue;
import com.outsourcingledger.command.vendor.VendorDeadlines.QualificationExpiry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static com.outsourcingledger.command.vendor.VendorSamples.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

class VendorDeadlinesTest {

    private final Serializer wire = EventWireFormat.serializer();

    @Test
    void fallsDueAtTheStartOfTheFollowingDayInTheClientsZone() {
        assertThat(VendorDeadlines.dayAfter(LocalDate.of(2026, 6, 30), ZONE))
                .isEqualTo(Instant.parse("2026-06-30T16:00:00Z"));
    }

    @Test
    void payloadsSurviveTheWireFormatTheSchedulerStoresThemIn() {
        QualificationExpiry expiry = new QualificationExpiry("qualification-license", LocalDate.of(2026, 6, 30));
        AnnualReviewDue review = new AnnualReviewDue(LocalDate.of(2027, 3, 10));

        assertThat((Object) wire.deserialize(wire.serialize(expiry, byte[].class))).isEqualTo(expiry);
        SerializedObject<byte[]> serializedReview = wire.serialize(review, byte[].class);
        assertThat(new String(serializedReview.getData())).contains("2027-03-10");
        assertThat((Object) wire.deserialize(serializedReview)).isEqualTo(review);
    }
}
