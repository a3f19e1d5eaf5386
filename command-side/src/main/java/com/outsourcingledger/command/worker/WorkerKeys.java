package com.outsourcingledger.command.worker;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.privacy.SealedPersonalData;

/**
 * The worker's own personal-data key, as the aggregate needs it: a filing is sealed under it, an erasure destroys
 * it. Kept outside the event store ({@link VaultWorkerKeys}), so the domain model knows no vault.
 */
interface WorkerKeys {

    SealedPersonalData seal(String workerId, PersonalData data);

    /** Destroys the key for good: every sealed copy of the worker's data reads as erased; a repeat changes nothing. */
    void destroy(String workerId);
}
