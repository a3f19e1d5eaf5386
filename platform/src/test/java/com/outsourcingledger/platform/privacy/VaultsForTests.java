package com.outsourcingledger.platform.privacy;

import java.nio.file.Path;
import java.time.Duration;

/** Vaults for tests of other modules: the real cipher over keys in a directory of their own. */
public final class VaultsForTests {

    private VaultsForTests() {
    }

    public static PersonalDataVault inDirectory(Path keyDir) {
        return new AesGcmVault(new FileKeys(keyDir), Duration.ofSeconds(5));
    }
}
