package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmitted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorSuspended;
import com.outsourcingledger.api.vendor.VendorEvent.VendorWarned;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side's vendor status lookup on PostgreSQL. */
class VendorStatusProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 6);

    private static DataSource dataSource;
    private VendorStatusProjection vendors;

    @BeforeAll
    static void migratedDatabase() {
        dataSource = PostgresForTests.migratedDataSource("command-side");
    }

    @BeforeEach
    void setUp() {
        vendors = new VendorStatusProjection(dataSource);
        vendors.reset();
    }

    @Test
    void followsTheVendorsStatusAndIgnoresRedeliveredOrIrrelevantEvents() {
        vendors.on(new VendorAdmitted("v1", TODAY, VendorTier.STANDARD, TODAY.plusYears(1)), 5L);
        vendors.on(new VendorWarned("v1", "迟交", List.of()), 6L);
        assertThat(vendors.statusOf("v1")).contains(VendorStatus.ADMITTED);

        vendors.on(new VendorSuspended("v1", SuspensionCause.DECISION, "违约", List.of()), 7L);
        vendors.on(new VendorAdmitted("v1", TODAY, VendorTier.STANDARD, TODAY.plusYears(1)), 5L);
        assertThat(vendors.statusOf("v1")).contains(VendorStatus.SUSPENDED);
        assertThat(vendors.statusOf("v2")).isEmpty();

        vendors.reset();
        assertThat(vendors.statusOf("v1")).isEmpty();
    }
}
