package com.outsourcingledger.command.worker;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.platform.privacy.PersonalDataVault;
import org.springframework.stereotype.Component;

/** {@link WorkerKeys} in the app's {@link PersonalDataVault}, the worker id as the subject. */
@Component
class VaultWorkerKeys implements WorkerKeys {

    private final PersonalDataVault vault;

    VaultWorkerKeys(PersonalDataVault vault) {
        this.vault = vault;
    }

    @Override
    public SealedPersonalData seal(String workerId, PersonalData data) {
        return vault.seal(workerId, data);
    }

    @Override
    public void destroy(String workerId) {
        vault.erase(workerId);
    }
}
