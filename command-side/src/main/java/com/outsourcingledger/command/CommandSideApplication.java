package com.outsourcingledger.command;

import com.outsourcingledger.platform.EnableLedgerPlatform;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
@EnableLedgerPlatform
public class CommandSideApplication {

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=ledger,command-side");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
