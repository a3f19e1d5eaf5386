package com.outsourcingledger.query.worker;

import com.outsourcingledger.api.refusal.WorkerRuleCodes;
import com.outsourcingledger.api.worker.WorkerQuery.*;
import com.outsourcingledger.api.worker.WorkerStatus;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.platform.security.AnyDepartmentOrVendor;
import com.outsourcingledger.platform.security.VendorReadScope;
import com.outsourcingledger.query.readmodel.ContractReadScope;
import com.outsourcingledger.query.readmodel.PageSize;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outsourced workers (DOMAIN §12): one worker, the rosters per vendor and per contract, the workers lacking a proof,
 * badge or email suffix, and the workers holding access after their exit. A vendor user reads its own vendor's
 * workers only (DOMAIN §15). Personal data is opened for the answer, or shown as erased.
 */
@RestController
@AnyDepartmentOrVendor
class WorkerController {

    private final QueryGateway queryGateway;

    WorkerController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/workers/{workerId}")
    public WorkerDetail findWorker(@PathVariable String workerId) {
        return VendorReadScope.visible(queryGateway.query(new FindWorker(workerId),
                        ResponseTypes.optionalInstanceOf(WorkerDetail.class)).join(), WorkerDetail::vendorId)
                .orElseThrow(() -> new ResourceNotFoundException(WorkerRuleCodes.NOT_FOUND, "worker",
                        workerId));
    }

    /** The vendor's roster, by contract then worker id; {@code contractId} and {@code status} narrow it. */
    @GetMapping("/vendors/{vendorId}/workers")
    public WorkerPage findVendorWorkers(@PathVariable String vendorId,
                                        @RequestParam(required = false) String contractId,
                                        @RequestParam(required = false) WorkerStatus status,
                                        @RequestParam(defaultValue = "0") @Min(0) int page,
                                        @RequestParam(defaultValue = "20") @PageSize int size) {
        return queryGateway.query(new FindWorkers(VendorReadScope.listFilter(vendorId), contractId, status, page,
                size), WorkerPage.class).join();
    }

    /** The contract's roster; another vendor's contract is unknown to a vendor user (404). */
    @GetMapping("/contracts/{contractId}/workers")
    public WorkerPage findContractWorkers(@PathVariable String contractId,
                                          @RequestParam(required = false) WorkerStatus status,
                                          @RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = "20") @PageSize int size) {
        ContractReadScope.requireVisible(queryGateway, contractId);
        return queryGateway.query(new FindWorkers(VendorReadScope.listFilter(null), contractId, status, page, size),
                WorkerPage.class).join();
    }

    /** Workers on a roster lacking {@code gap} (a proof, a badge, an email suffix), or any of them. */
    @GetMapping("/workers/incomplete")
    public WorkerPage findIncompleteWorkers(@RequestParam(required = false) WorkerGap gap,
                                            @RequestParam(required = false) String vendorId,
                                            @RequestParam(defaultValue = "0") @Min(0) int page,
                                            @RequestParam(defaultValue = "20") @PageSize int size) {
        return queryGateway.query(new FindIncompleteWorkers(gap, VendorReadScope.listFilter(vendorId), page, size),
                WorkerPage.class).join();
    }

    /** Workers holding a grant or an asset after their exit, withdrawal or last service day: there must be none. */
    @GetMapping("/workers/exited-with-live-access")
    public WorkerPage findExitedWithLiveAccess(@RequestParam(required = false) String vendorId,
                                               @RequestParam(defaultValue = "0") @Min(0) int page,
                                               @RequestParam(defaultValue = "20") @PageSize int size) {
        return queryGateway.query(new FindExitedWithLiveAccess(VendorReadScope.listFilter(vendorId), page, size),
                WorkerPage.class).join();
    }
}
