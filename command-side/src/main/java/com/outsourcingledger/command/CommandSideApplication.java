package com.outsourcingledger.command;

import com.outsourcingledger.platform.EnableLedgerPlatform;
import com.outsourcingledger.platform.deadlines.DurableDeadlines;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@EnableLedgerPlatform
@Import(DurableDeadlines.class)
public class CommandSideApplication {

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=ledger,command-side");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
