package com.outsourcingledger.query.audit.index;

import com.outsourcingledger.query.audit.chain.AuditProof;
import com.outsourcingledger.query.audit.chain.Checkpoint;
import com.outsourcingledger.query.audit.chain.IndexedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Signs checkpoints and keeps those of the log; an aggregate's checkpoint is signed only into its proof. */
@Component
public class Checkpoints {

    private final JdbcClient jdbc;
    private final CheckpointSigner signer;
    private final Clock clock;

    Checkpoints(DataSource dataSource, CheckpointSigner signer, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.signer = signer;
        this.clock = clock;
    }

    public Checkpoint sign(String scope, long index, long position, String chainHash) {
        String signedAt = clock.instant().toString();
        return new Checkpoint(scope, index, position, chainHash, signedAt,
                signer.sign(AuditProof.checkpointMessage(scope, index, position, chainHash, signedAt)));
    }

    /** Signs and keeps a checkpoint of the log after {@code head}, unless one already covers it. */
    public Checkpoint keep(IndexedEvent head) {
        Optional<Checkpoint> kept = at(head.chainIndex());
        if (kept.isPresent()) {
            return kept.get();
        }
        Checkpoint checkpoint = sign(AuditProof.LOG_SCOPE, head.chainIndex(), head.globalPosition(), head.logChain());
        jdbc.sql("INSERT INTO audit_checkpoint (chain_index, global_position, chain_hash, signed_at, signed_at_text,"
                        + " signature) VALUES (:index, :position, :hash, :signedAt, :signedAtText, :signature)")
                .param("index", checkpoint.index())
                .param("position", checkpoint.position())
                .param("hash", checkpoint.chainHash())
                .param("signedAt", OffsetDateTime.ofInstant(Instant.parse(checkpoint.signedAt()), ZoneOffset.UTC))
                .param("signedAtText", checkpoint.signedAt())
                .param("signature", checkpoint.signature())
                .update();
        return checkpoint;
    }

    public Optional<Checkpoint> at(long chainIndex) {
        return jdbc.sql("SELECT * FROM audit_checkpoint WHERE chain_index = :i").param("i", chainIndex)
                .query(Checkpoints::checkpoint).optional();
    }

    /** Kept checkpoints of the log with {@code from <= index <= to}, in chain order. */
    public List<Checkpoint> between(long from, long to) {
        return jdbc.sql("SELECT * FROM audit_checkpoint WHERE chain_index BETWEEN :from AND :to ORDER BY chain_index")
                .param("from", from).param("to", to).query(Checkpoints::checkpoint).list();
    }

    public List<Checkpoint> page(int page, int size) {
        int limit = Math.clamp(size, 1, AuditIndex.MAX_PAGE_SIZE);
        return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY chain_index DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", (long) Math.max(page, 0) * limit)
                .query(Checkpoints::checkpoint).list();
    }

    public String publicKey() {
        return signer.publicKeyBase64();
    }

    public boolean signedByUs(Checkpoint c) {
        return AuditProof.signatureHolds(signer.publicKey(),
                AuditProof.checkpointMessage(c.scope(), c.index(), c.position(), c.chainHash(), c.signedAt()),
                c.signature());
    }

    private static Checkpoint checkpoint(ResultSet rs, int row) throws SQLException {
        return new Checkpoint(AuditProof.LOG_SCOPE, rs.getLong("chain_index"), rs.getLong("global_position"),
                rs.getString("chain_hash"), rs.getString("signed_at_text"), rs.getString("signature"));
    }
}
