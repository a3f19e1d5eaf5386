package com.outsourcingledger.query.privacy;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every response the query side writes shows personal data through {@link PersonalDataRendering}. */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    @Bean
    JsonMapperBuilderCustomizer personalDataShown(PersonalDataRendering rendering) {
        return builder -> builder.addModule(rendering.module());
    }
}
