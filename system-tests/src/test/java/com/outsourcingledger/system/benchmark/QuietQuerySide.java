package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Query-side in-process on a fresh PostgreSQL database, on a free port, with every event processor stopped, so a
 * benchmark can append its history straight to the store and then start only what it measures.
 */
final class QuietQuerySide {

    private QuietQuerySide() {
    }

    /** With {@code settings} as extra {@code --name=value} arguments. */
    static ConfigurableApplicationContext start(String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        args.addAll(List.of(settings));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        ConfigurableApplicationContext app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        app.getBean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
        return app;
    }

    /** The app's base address, e.g. http://localhost:41234. */
    static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
