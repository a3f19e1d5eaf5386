package com.outsourcingledger.query.signal;

import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.SignalRuleCodes;
import com.outsourcingledger.api.signal.ShamSignalQuery.*;
import com.outsourcingledger.api.signal.ShamSignalStatus;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.platform.security.AnyDepartment;
import com.outsourcingledger.query.readmodel.PageSize;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sham-outsourcing signals and contract risk levels (DOMAIN §13). They are the client's internal risk assessment of
 * its vendors: every internal department reads them, a vendor user reads none of them (403), not even for its own
 * contracts, so no answer depends on who asks.
 */
@RestController
@AnyDepartment
class ShamSignalController {

    private final QueryGateway queryGateway;

    ShamSignalController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Signals, newest raised first; {@code contractId}, {@code vendorId}, {@code status} and {@code type} narrow. */
    @GetMapping("/sham-signals")
    public ShamSignalPage findSignals(@RequestParam(required = false) String contractId,
                                      @RequestParam(required = false) String vendorId,
                                      @RequestParam(required = false) ShamSignalStatus status,
                                      @RequestParam(required = false) ShamSignalType type,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "20") @PageSize int size) {
        return queryGateway.query(new FindShamSignals(contractId, vendorId, status, type, page, size),
                ShamSignalPage.class).join();
    }

    /** One signal with its sources, each naming the audit path of the aggregate its event belongs to. */
    @GetMapping("/sham-signals/{signalId}")
    public ShamSignalDetail findSignal(@PathVariable String signalId) {
        return queryGateway.query(new FindShamSignal(signalId),
                        ResponseTypes.optionalInstanceOf(ShamSignalDetail.class)).join()
                .orElseThrow(() -> new ResourceNotFoundException(SignalRuleCodes.NOT_FOUND, "sham-signal", signalId));
    }

    /** The contract's current risk level and every assessment of it, the project's HR review first. */
    @GetMapping("/contracts/{contractId}/sham-risk")
    public ContractShamRisk findContractRisk(@PathVariable String contractId) {
        return queryGateway.query(new FindContractShamRisk(contractId),
                        ResponseTypes.optionalInstanceOf(ContractShamRisk.class)).join()
                .orElseThrow(() -> new ResourceNotFoundException(ContractRuleCodes.NOT_FOUND, "contract", contractId));
    }

    /** The open signals and the risk levels by vendor and by contract, with the counts. */
    @GetMapping("/dashboard/sham-signals")
    public ShamSignalDashboard dashboard() {
        return queryGateway.query(new FindShamSignalDashboard(), ShamSignalDashboard.class).join();
    }
}
