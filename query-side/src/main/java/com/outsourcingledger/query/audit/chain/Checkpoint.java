package com.outsourcingledger.query.audit.chain;

/**
 * A signed statement that the chain of {@code scope} had {@code chainHash} after the event at {@code index}
 * (the log's chain index, or an aggregate's sequence number) stored at global {@code position}. The signature
 * is Ed25519 over {@link AuditProof#checkpointMessage}.
 */
public record Checkpoint(String scope, long index, long position, String chainHash, String signedAt,
                         String signature) {
}
