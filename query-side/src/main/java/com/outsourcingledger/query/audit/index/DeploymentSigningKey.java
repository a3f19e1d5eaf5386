package com.outsourcingledger.query.audit.index;

import com.outsourcingledger.platform.schema.SchemaMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One signing key per deployment. Every query-side node checks checkpoints against its own key, so nodes with
 * different keys would each report the others' checkpoints as TAMPERED. The first node to start records its public
 * key; a node with another key refuses to start. Only the public key is recorded: the database still cannot sign.
 */
@Component
class DeploymentSigningKey {

    static final String HOW_TO_FIX = "Every query-side node of a deployment must sign with the same key: set"
            + " ledger.audit.signing-key (environment LEDGER_AUDIT_SIGNING_KEY) to the deployment's Ed25519 private"
            + " key, base64 PKCS#8, on every node. If that key is lost, the checkpoints signed with it can no longer"
            + " be verified.";
    private static final Logger log = LoggerFactory.getLogger(DeploymentSigningKey.class);

    DeploymentSigningKey(DataSource dataSource, Checkpoints checkpoints, Clock clock, SchemaMigrations migrated) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String ours = checkpoints.publicKey();
        Optional<Recorded> recorded = recorded(jdbc);
        if (recorded.isEmpty()) {
            checkpoints.page(0, 1).stream().filter(c -> !checkpoints.signedByUs(c)).findFirst().ifPresent(c -> {
                throw new IllegalStateException("This query-side node signs audit checkpoints with Ed25519 public key "
                        + ours + ", but the checkpoint kept at chain index " + c.index() + " was signed with another"
                        + " key. " + HOW_TO_FIX);
            });
            try {
                jdbc.sql("INSERT INTO audit_signing_key (id, public_key, recorded_at) VALUES (1, :key, :at)")
                        .param("key", ours).param("at", OffsetDateTime.now(clock)).update();
            } catch (DuplicateKeyException raced) {
                log.info("Another query-side node recorded the deployment's audit signing key first");
            }
            recorded = recorded(jdbc);
        }
        Recorded deployment = recorded.orElseThrow();
        if (!deployment.publicKey().equals(ours)) {
            throw new IllegalStateException("This query-side node signs audit checkpoints with Ed25519 public key "
                    + ours + ", but this deployment's checkpoints are signed with " + deployment.publicKey()
                    + " (recorded by the first node to start, at " + deployment.recordedAt() + "). " + HOW_TO_FIX);
        }
    }

    private record Recorded(String publicKey, OffsetDateTime recordedAt) {
    }

    private static Optional<Recorded> recorded(JdbcClient jdbc) {
        return jdbc.sql("SELECT public_key, recorded_at FROM audit_signing_key WHERE id = 1")
                .query((rs, row) -> new Recorded(rs.getString("public_key"), rs.getObject("recorded_at", OffsetDateTime.class)))
                .optional();
    }
}
