package com.outsourcingledger.query.audit.index;

import com.outsourcingledger.query.audit.AuditProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Signs checkpoints with an Ed25519 key that comes from configuration, never from the database, so that
 * whoever can rewrite the database still cannot sign a rewritten history. Without a configured key (the
 * embedded default) one is generated into {@code ledger.audit.signing-key-file} on first start. The key is one
 * per deployment ({@link DeploymentSigningKey}).
 */
@Component
class CheckpointSigner {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    CheckpointSigner(AuditProperties properties) {
        try {
            this.privateKey = privateKey(properties);
            this.publicKey = publicKeyOf(privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ledger.audit.signing-key is not a base64 PKCS#8 Ed25519 key", e);
        }
        log.info("Audit checkpoints are signed with Ed25519 public key {}", publicKeyBase64());
    }

    String sign(String message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    PublicKey publicKey() {
        return publicKey;
    }

    /** X.509 SubjectPublicKeyInfo, base64: what {@link AuditProof#publicKey} and the offline verifier read. */
    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    private static PrivateKey privateKey(AuditProperties properties) throws GeneralSecurityException {
        String encoded = properties.signingKey();
        if (encoded == null || encoded.isBlank()) {
            encoded = readOrCreate(properties.signingKeyFile());
        }
        return KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded.strip())));
    }

    private static String readOrCreate(Path file) throws GeneralSecurityException {
        try {
            if (!Files.exists(file)) {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                Path parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path temporary = Files.createTempFile(parent, "audit-signing-key", ".tmp");
                Files.writeString(temporary, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                try {
                    Files.createLink(file, temporary);
                    log.warn("Generated a new audit signing key in {}; keep it safe and out of the database", file);
                } catch (FileAlreadyExistsException raced) {
                    log.info("Another process created the audit signing key in {} first", file);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ed25519's public key is derived from the private one; the JDK exposes no direct derivation. */
    private static PublicKey publicKeyOf(PrivateKey key) throws GeneralSecurityException {
        byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new FixedRandom(seed));
        return generator.generateKeyPair().getPublic();
    }

    /** Hands the generator exactly the given seed, so it rebuilds the pair of a known private key. */
    private static final class FixedRandom extends java.security.SecureRandom {
        private final byte[] seed;

        FixedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
