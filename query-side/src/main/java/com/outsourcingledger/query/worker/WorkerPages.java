package com.outsourcingledger.query.worker;

import com.outsourcingledger.api.worker.WorkerQuery.WorkerGap;
import com.outsourcingledger.platform.security.AnyDepartmentOrVendor;
import com.outsourcingledger.query.console.ConsolePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A worker's page (status, proofs, induction, badge, grants, assets, exit) and the list of the workers holding access
 * after their exit and of those lacking a proof, badge or email suffix, answered by {@link WorkerController} itself:
 * a vendor's portal user sees only its own vendor's workers, another's answer as unknown (404), as through the API.
 */
@ConsolePage
@AnyDepartmentOrVendor
class WorkerPages {

    static final int PAGE_SIZE = 20;

    private final WorkerController workers;

    WorkerPages(WorkerController workers) {
        this.workers = workers;
    }

    @GetMapping("/console/workers/{workerId}")
    public String worker(@PathVariable String workerId, Model model) {
        model.addAttribute("worker", workers.findWorker(workerId));
        return "console/worker";
    }

    /** The workers with live access after their exit (there must be none), then the incomplete ones. */
    @GetMapping("/console/workers")
    public String attention(@RequestParam(required = false) WorkerGap gap,
                            @RequestParam(defaultValue = "0") int exitedPage,
                            @RequestParam(defaultValue = "0") int incompletePage, Model model) {
        model.addAttribute("exited", workers.findExitedWithLiveAccess(null, Math.max(0, exitedPage), PAGE_SIZE));
        model.addAttribute("incomplete", workers.findIncompleteWorkers(gap, null, Math.max(0, incompletePage),
                PAGE_SIZE));
        model.addAttribute("gaps", WorkerGap.values());
        model.addAttribute("gap", gap);
        return "console/workers";
    }
}
