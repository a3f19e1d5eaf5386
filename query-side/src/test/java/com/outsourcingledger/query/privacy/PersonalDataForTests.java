package com.outsourcingledger.query.privacy;

import com.outsourcingledger.platform.privacy.PersonalDataVault;
import com.outsourcingledger.platform.privacy.VaultsForTests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** A real vault (keys in a temporary directory) and the rendering over it, for tests that build their parts by hand. */
public final class PersonalDataForTests {

    public static final PersonalDataVault VAULT = vault();
    public static final PersonalDataRendering RENDERING = new PersonalDataRendering(VAULT);

    private PersonalDataForTests() {
    }

    private static PersonalDataVault vault() {
        try {
            return VaultsForTests.inDirectory(Files.createTempDirectory("personal-data-keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
