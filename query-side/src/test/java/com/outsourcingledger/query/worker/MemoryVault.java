package com.outsourcingledger.query.worker;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.platform.privacy.PersonalDataVault;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A vault for tests until the real one is wired: it keeps each sealed copy's clear data by its ciphertext and
 * forgets a subject's on erasure, which is all the read side relies on (open answers empty once erased).
 */
public final class MemoryVault implements PersonalDataVault {

    private final Map<String, PersonalData> clear = new ConcurrentHashMap<>();
    private final Set<String> erased = ConcurrentHashMap.newKeySet();
    private int sealed;

    @Override
    public synchronized SealedPersonalData seal(String subjectId, PersonalData data) {
        if (erased.contains(subjectId)) {
            throw new IllegalStateException(subjectId + " is erased");
        }
        String ciphertext = Base64.getEncoder().encodeToString((subjectId + "#" + sealed++).getBytes());
        clear.put(ciphertext, data);
        return new SealedPersonalData(subjectId, "TEST", ciphertext);
    }

    @Override
    public Optional<PersonalData> open(SealedPersonalData data) {
        return erased.contains(data.subjectId()) ? Optional.empty() : Optional.ofNullable(clear.get(data.ciphertext()));
    }

    @Override
    public void erase(String subjectId) {
        erased.add(subjectId);
    }

    @Override
    public boolean isErased(String subjectId) {
        return erased.contains(subjectId);
    }
}
