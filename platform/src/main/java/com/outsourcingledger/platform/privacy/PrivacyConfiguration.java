package com.outsourcingledger.platform.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The vault both apps use. {@code ledger.personal-data.key-store}: {@code table} (the default; the database both
 * apps share) or {@code files} (one file per subject under {@code ledger.personal-data.key-dir}). A key is cached
 * for {@code ledger.personal-data.key-cache} at most, which bounds how long the other app still opens a subject's
 * data after this one erased it.
 */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    @Bean
    PersonalDataVault personalDataVault(@Value("${ledger.personal-data.key-store:table}") String store,
                                        @Value("${ledger.personal-data.key-dir:${ledger.data-dir:./data}/personal-data-keys}")
                                        Path keyDir,
                                        @Value("${ledger.personal-data.key-cache:5s}") Duration keyCache,
                                        DataSource dataSource, Clock clock) {
        SubjectKeys keys = switch (store) {
            case "table" -> new TableKeys(dataSource, clock);
            case "files" -> new FileKeys(keyDir);
            default -> throw new IllegalArgumentException(
                    "ledger.personal-data.key-store is table or files, not " + store);
        };
        return new AesGcmVault(keys, keyCache);
    }
}
