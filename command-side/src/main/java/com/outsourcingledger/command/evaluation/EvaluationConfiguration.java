package com.outsourcingledger.command.evaluation;

import com.outsourcingledger.api.evaluation.EvaluationPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evaluation policy in force: the standard one (DOMAIN §9), recorded whole in every period it opens. */
@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    @Bean
    EvaluationPolicy evaluationPolicy() {
        return EvaluationPolicy.standard();
    }
}
