package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.query.worker.MemoryVault;

import java.util.ArrayList;
import java.util.List;

import static com.outsourcingledger.query.worker.WorkerSamples.*;

/**
 * Workers of c-1 and c-3 at the contract's end: w-1 past its last service day still holding a grant and an asset
 * ({@code AccessRevocationOverdue}), w-2 exited with everything back, w-3 withdrawn holding nothing, w-4 proposed.
 */
final class DashboardWorkerSamples {

    private DashboardWorkerSamples() {
    }

    static List<Object> workers() {
        MemoryVault vault = new MemoryVault();
        List<Object> events = new ArrayList<>(holding(vault, "w-1", "c-1", "v-1"));
        events.addAll(holding(vault, "w-2", "c-1", "v-1"));
        events.addAll(active(vault, "w-3", "c-3", "v-1"));
        events.add(submitted(vault, "w-4", "c-3", "v-1"));
        events.addAll(List.of(offboarding("w-1", "c-1"), offboarding("w-2", "c-1"),
                new AccessRevoked("w-2", "g-1", LAST_SERVICE_DAY, LAST_SERVICE_DAY, false, null),
                new AssetReturned("w-2", "a-1", LAST_SERVICE_DAY, LAST_SERVICE_DAY, false),
                new WorkerExited("w-2", "c-1", LAST_SERVICE_DAY, false),
                overdue("w-1", "c-1"), new WorkerWithdrawn("w-3", "更换人员")));
        return events;
    }
}
