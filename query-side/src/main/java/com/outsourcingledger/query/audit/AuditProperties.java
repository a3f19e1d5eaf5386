package com.outsourcingledger.query.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * @param signingKey       the Ed25519 private key that signs checkpoints, base64 PKCS#8; wins over the file
 * @param signingKeyFile   a file holding that key in base64 PKCS#8; created with a fresh key when absent
 * @param checkpointEvery  the audit index signs a checkpoint of the log after this many events
 */
@ConfigurationProperties("ledger.audit")
public record AuditProperties(String signingKey, Path signingKeyFile, Integer checkpointEvery) {

    public AuditProperties {
        signingKeyFile = signingKeyFile == null ? Path.of("data", "audit-signing-key") : signingKeyFile;
        checkpointEvery = checkpointEvery == null ? 100 : checkpointEvery;
    }
}
