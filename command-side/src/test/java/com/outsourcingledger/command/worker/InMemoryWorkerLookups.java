package com.outsourcingledger.command.worker;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.WorkerRuleCodes;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.ContractWorkers;
import com.outsourcingledger.command.lookup.SettlementContracts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Contract facts, contract workers, badge numbers and worker keys as a test sets them. The keys "seal" by spelling the data out, so a
 * fixture can state the exact event; it is no cipher, only the contract of one.
 */
class InMemoryWorkerLookups implements SettlementContracts, ContractWorkers, BadgeNumbers, WorkerKeys {

    static final String ALGORITHM = "TEST-PLAIN";

    private final Map<String, ContractFacts> contracts = new HashMap<>();
    private final Map<String, String> badges = new HashMap<>();
    private final Set<String> erased = new HashSet<>();
    private final Map<String, String> workers = new HashMap<>();

    void set(ContractFacts facts) {
        contracts.put(facts.contractId(), facts);
    }

    static SealedPersonalData sealed(String subjectId, PersonalData data) {
        return new SealedPersonalData(subjectId, ALGORITHM, data.name() + "|" + data.idNumber() + "|" + data.contact());
    }

    @Override
    public Optional<ContractFacts> factsOf(String contractId) {
        return Optional.ofNullable(contracts.get(contractId));
    }

    @Override
    public void enlist(String workerId, String contractId) {
        workers.putIfAbsent(workerId, contractId);
    }

    @Override
    public boolean hasWorkers(String contractId) {
        return workers.containsValue(contractId);
    }

    @Override
    public void claim(String badgeNumber, String workerId) {
        String holder = badges.putIfAbsent(badgeNumber, workerId);
        if (holder != null && !holder.equals(workerId)) {
            throw Refusal.conflict(WorkerRuleCodes.BADGE_NUMBER_TAKEN, "Badge " + badgeNumber + " is taken");
        }
    }

    @Override
    public SealedPersonalData seal(String subjectId, PersonalData data) {
        if (erased.contains(subjectId)) {
            throw new IllegalStateException(subjectId + " is erased");
        }
        return sealed(subjectId, data);
    }

    Optional<PersonalData> open(SealedPersonalData sealed) {
        if (erased.contains(sealed.subjectId())) {
            return Optional.empty();
        }
        String[] parts = sealed.ciphertext().split("\\|");
        return Optional.of(new PersonalData(parts[0], parts[1], parts[2]));
    }

    @Override
    public void destroy(String subjectId) {
        erased.add(subjectId);
    }

    boolean isErased(String subjectId) {
        return erased.contains(subjectId);
    }
}
