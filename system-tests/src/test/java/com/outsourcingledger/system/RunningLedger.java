package com.outsourcingledger.system;

import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Both apps, started once for a test class on a fresh database and stopped after it:
 * {@code @RegisterExtension static final RunningLedger ledger = RunningLedger.onPostgres();}
 */
final class RunningLedger implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<LedgerSystem> starter;
    private LedgerSystem system;

    private RunningLedger(Supplier<LedgerSystem> starter) {
        this.starter = starter;
    }

    static RunningLedger onPostgres() {
        return new RunningLedger(LedgerSystem::onPostgres);
    }

    /** On a fresh PostgreSQL database, with {@code more} properties for both apps, read when they start. */
    static RunningLedger onPostgres(Supplier<Map<String, String>> more) {
        return new RunningLedger(() -> {
            Map<String, String> properties = new HashMap<>(PostgresForTests.newDatabase());
            properties.putAll(more.get());
            return LedgerSystem.start(properties);
        });
    }

    LedgerSystem system() {
        return system;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        system = starter.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (system != null) {
            system.close();
        }
    }
}
