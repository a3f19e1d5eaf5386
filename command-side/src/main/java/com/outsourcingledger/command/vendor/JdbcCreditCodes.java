package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.VendorRuleCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * Claims codes in the transaction that appends the vendor's first event, so a claim exists exactly when the
 * vendor does. ON CONFLICT DO NOTHING rather than catching the duplicate key: on PostgreSQL a failed insert
 * would abort the whole transaction, event append included.
 */
@Component
class JdbcCreditCodes implements CreditCodes {

    private final JdbcClient jdbc;

    JdbcCreditCodes(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void claim(String creditCode, String vendorId) {
        int inserted = jdbc.sql("""
                        INSERT INTO vendor_credit_code (credit_code, vendor_id) VALUES (:code, :vendor)
                        ON CONFLICT DO NOTHING""")
                .param("code", creditCode)
                .param("vendor", vendorId)
                .update();
        if (inserted == 0 && !ownerOf(creditCode).filter(vendorId::equals).isPresent()) {
            throw Refusal.conflict(VendorRuleCodes.CREDIT_CODE_ALREADY_REGISTERED,
                    "Credit code " + creditCode + " is already registered to another vendor");
        }
    }

    @Override
    public Optional<String> ownerOf(String creditCode) {
        return jdbc.sql("SELECT vendor_id FROM vendor_credit_code WHERE credit_code = :code")
                .param("code", creditCode)
                .query(String.class)
                .optional();
    }
}
