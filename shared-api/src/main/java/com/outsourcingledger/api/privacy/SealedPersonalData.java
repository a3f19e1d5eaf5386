package com.outsourcingledger.api.privacy;

/**
 * {@link PersonalData} as events store it: encrypted under the key of {@code subjectId} (a worker id), which is
 * kept outside the event store. Destroying that key (erasure) leaves the ciphertext unreadable, while the stored
 * event, and so every hash chain over it, stays as it was.
 *
 * @param subjectId  whose key seals it
 * @param algorithm  the cipher, e.g. {@code AES-256-GCM}
 * @param ciphertext base64 of nonce and ciphertext with its tag
 */
public record SealedPersonalData(String subjectId, String algorithm, String ciphertext) {
}
