package com.outsourcingledger.query;

import com.outsourcingledger.platform.EnableLedgerPlatform;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
@EnableLedgerPlatform
public class QuerySideApplication {

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=ledger,query-side");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
