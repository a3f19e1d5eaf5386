package com.outsourcingledger.system;

import com.outsourcingledger.command.CommandSideApplication;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Both apps as separate application contexts on real HTTP ports, sharing one database, exactly as they
 * are deployed: nothing connects them but the event store. That is the JDBC store in the database unless
 * {@code -Dledger.it.axonserver=host:port} names an Axon Server (docs/axon-server.md).
 */
public final class LedgerSystem implements AutoCloseable {

    /** The switch: both apps keep events on this Axon Server, tokens, sagas and read models in the database. */
    static final String AXON_SERVER = "ledger.it.axonserver";

    private final ConfigurableApplicationContext commandSide;
    private final ConfigurableApplicationContext querySide;

    private LedgerSystem(ConfigurableApplicationContext commandSide, ConfigurableApplicationContext querySide) {
        this.commandSide = commandSide;
        this.querySide = querySide;
    }

    public static LedgerSystem onPostgres() {
        return start(PostgresForTests.newDatabase());
    }

    /** Starts command-side first: it is the writer, and the first to migrate the shared schema. */
    public static LedgerSystem start(Map<String, String> properties) {
        ConfigurableApplicationContext command = run(CommandSideApplication.builder(), properties);
        try {
            return new LedgerSystem(command, run(QuerySideApplication.builder(), properties));
        } catch (RuntimeException e) {
            command.close();
            throw e;
        }
    }

    private static ConfigurableApplicationContext run(SpringApplicationBuilder app, Map<String, String> properties) {
        return app.run(arguments(properties, System.getProperty(AXON_SERVER)).toArray(String[]::new));
    }

    /** The command line of each app; with {@code axonServer} (host:port), its profile on top of those active. */
    static List<String> arguments(Map<String, String> properties, String axonServer) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        if (axonServer != null && !axonServer.isBlank()) {
            all.merge("spring.profiles.include", "axonserver", (given, added) -> given + "," + added);
            all.put("axon.axonserver.servers", axonServer);
        }
        List<String> args = new ArrayList<>();
        args.add("--server.port=0");
        args.add("--ledger.deadline-poll=200ms");
        all.forEach((key, value) -> args.add("--" + key + "=" + value));
        return args;
    }

    public ConfigurableApplicationContext commandSide() {
        return commandSide;
    }

    public ConfigurableApplicationContext querySide() {
        return querySide;
    }

    public URI commandUrl(String path) {
        return url(commandSide, path);
    }

    public URI queryUrl(String path) {
        return url(querySide, path);
    }

    private static URI url(ConfigurableApplicationContext app, String path) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    @Override
    public void close() {
        querySide.close();
        commandSide.close();
    }
}
