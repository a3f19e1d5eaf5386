package com.outsourcingledger.platform.privacy;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.privacy.SealedPersonalData;

import java.util.Optional;

/**
 * Per-subject keys for personal data, kept outside the event store (crypto-shredding). Both apps use it: the
 * command side seals what a command brings, the query side opens what a view, the audit or the stream shows.
 */
public interface PersonalDataVault {

    /** Seals under the subject's key, creating the key on first use; refused once the subject is erased. */
    SealedPersonalData seal(String subjectId, PersonalData data);

    /** The data, or empty when the subject's key was destroyed. */
    Optional<PersonalData> open(SealedPersonalData sealed);

    /** Destroys the subject's key for good; a second call changes nothing. */
    void erase(String subjectId);

    boolean isErased(String subjectId);
}
