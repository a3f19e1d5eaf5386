package com.outsourcingledger.system;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

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
