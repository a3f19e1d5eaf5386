package com.outsourcingledger.platform.privacy;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.api.refusal.PrivacyRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.wire.EventWireFormat;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AES-256-GCM under one random key per subject: a fresh 12-byte nonce per seal, the subject id as associated data
 * (so a ciphertext copied under another subject does not open), {@code base64(nonce ‖ ciphertext+tag)} stored.
 * Opening takes a key from a cache that holds it for {@code keyCache} at most: erasure here replaces it at once, and
 * the other app, whose cache this one cannot reach, stops opening with an erased key once its entry is older than
 * that. Sealing (a command, rare) always reads the store, so it is refused as soon as either app erased. A
 * tombstone is cached for good.
 */
public final class AesGcmVault implements PersonalDataVault {

    public static final String ALGORITHM = "AES-256-GCM";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_CACHED = 10_000;
    private static final JsonMapper PLAINTEXT = EventWireFormat.jsonMapper();

    private record Cached(SubjectKeys.Entry entry, long loadedAt) {
    }

    private final SubjectKeys keys;
    private final long keyCacheNanos;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    AesGcmVault(SubjectKeys keys, Duration keyCache) {
        this.keys = keys;
        this.keyCacheNanos = keyCache.toNanos();
    }

    @Override
    public SealedPersonalData seal(String subjectId, PersonalData data) {
        SubjectKeys.Entry entry = fresh(subjectId).orElseGet(() -> remember(subjectId,
                keys.createIfAbsent(subjectId, randomBytes(KEY_BYTES))));
        if (entry.erased()) {
            throw Refusal.conflict(PrivacyRuleCodes.PERSONAL_DATA_ERASED,
                    "The personal data of " + subjectId + " was erased; nothing is recorded for it again");
        }
        byte[] nonce = randomBytes(NONCE_BYTES);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, entry.key(), nonce, subjectId)
                .apply(PLAINTEXT.writeValueAsBytes(data));
        byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        return new SealedPersonalData(subjectId, ALGORITHM, Base64.getEncoder().encodeToString(stored));
    }

    @Override
    public Optional<PersonalData> open(SealedPersonalData sealed) {
        if (!ALGORITHM.equals(sealed.algorithm())) {
            throw new IllegalArgumentException("Personal data sealed with " + sealed.algorithm() + ", not " + ALGORITHM);
        }
        SubjectKeys.Entry entry = entry(sealed.subjectId()).orElseThrow(() -> new IllegalStateException(
                "No key for " + sealed.subjectId() + ": it was never sealed here, or the key store was lost"));
        if (entry.erased()) {
            return Optional.empty();
        }
        byte[] stored = Base64.getDecoder().decode(sealed.ciphertext());
        byte[] nonce = Arrays.copyOfRange(stored, 0, NONCE_BYTES);
        byte[] plain = cipher(Cipher.DECRYPT_MODE, entry.key(), nonce, sealed.subjectId())
                .apply(Arrays.copyOfRange(stored, NONCE_BYTES, stored.length));
        return Optional.of(PLAINTEXT.readValue(plain, PersonalData.class));
    }

    @Override
    public void erase(String subjectId) {
        keys.erase(subjectId);
        remember(subjectId, SubjectKeys.Entry.ERASED);
    }

    @Override
    public boolean isErased(String subjectId) {
        return entry(subjectId).map(SubjectKeys.Entry::erased).orElse(false);
    }

    private Optional<SubjectKeys.Entry> entry(String subjectId) {
        Cached cached = cache.get(subjectId);
        if (cached != null && (cached.entry().erased() || System.nanoTime() - cached.loadedAt() < keyCacheNanos)) {
            return Optional.of(cached.entry());
        }
        return fresh(subjectId);
    }

    /** Read from the store whatever the cache holds: a seal is refused as soon as the other app erased. */
    private Optional<SubjectKeys.Entry> fresh(String subjectId) {
        Cached cached = cache.get(subjectId);
        if (cached != null && cached.entry().erased()) {
            return Optional.of(cached.entry());
        }
        return keys.find(subjectId).map(entry -> remember(subjectId, entry));
    }

    private SubjectKeys.Entry remember(String subjectId, SubjectKeys.Entry entry) {
        if (cache.size() >= MAX_CACHED) {
            cache.values().removeIf(cached -> !cached.entry().erased());
        }
        cache.put(subjectId, new Cached(entry, System.nanoTime()));
        return entry;
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private interface Step {
        byte[] apply(byte[] input);
    }

    private static Step cipher(int mode, byte[] key, byte[] nonce, String subjectId) {
        return input -> {
            try {
                Cipher cipher = Cipher.getInstance(TRANSFORMATION);
                cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(subjectId.getBytes(StandardCharsets.UTF_8));
                return cipher.doFinal(input);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Personal data of " + subjectId + " does not "
                        + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open under its subject's key"), e);
            }
        };
    }
}
