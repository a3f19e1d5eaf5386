package com.outsourcingledger.platform;

import com.outsourcingledger.platform.axon.AxonInfrastructure;
import com.outsourcingledger.platform.axon.JdbcEventStore;
import com.outsourcingledger.platform.privacy.PrivacyConfiguration;
import com.outsourcingledger.platform.schema.SchemaConfiguration;
import com.outsourcingledger.platform.security.SecurityConfiguration;
import com.outsourcingledger.platform.web.WebConfiguration;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The infrastructure both apps share, declared once. Imported as user configuration rather than
 * auto-configuration so that it is in place before Axon's auto-configuration looks for missing beans:
 * Axon 4.13 orders itself against Spring Boot 3 class names, which Boot 4 no longer has.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ClockConfiguration.class, SchemaConfiguration.class, AxonInfrastructure.class, JdbcEventStore.class,
        SecurityConfiguration.class, WebConfiguration.class, PrivacyConfiguration.class})
public @interface EnableLedgerPlatform {
}
