package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.signal.ShamSignalQuery.ContractShamRisk;
import com.outsourcingledger.api.signal.ShamSignalQuery.FindContractShamRisk;
import com.outsourcingledger.api.signal.ShamSignalQuery.FindShamSignals;
import com.outsourcingledger.api.signal.ShamSignalQuery.ShamSignalPage;
import com.outsourcingledger.api.signal.ShamSignalStatus;
import com.outsourcingledger.api.worker.WorkerQuery.FindWorkers;
import com.outsourcingledger.api.worker.WorkerQuery.WorkerPage;
import com.outsourcingledger.platform.security.Actor;
import com.outsourcingledger.platform.security.AnyDepartmentOrVendor;
import com.outsourcingledger.query.console.ConsolePage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The contract register and a contract's detail (SLAs, breaches, notices, PIPs, renewal, termination and exit),
 * answered by {@link ContractController} itself: a vendor's portal user sees only its own vendor's contracts, as
 * through the API. The contract's workers roster is the {@code GET /contracts/{id}/workers} query, asked once the
 * contract itself was readable.
 */
@ConsolePage
@AnyDepartmentOrVendor
class ContractPages {

    static final int PAGE_SIZE = 20;
    /** How many of a contract's workers its page lists. */
    static final int ROSTER = 100;
    private static final int MAX_DAYS = 3650;

    private final ContractController contracts;
    private final QueryGateway queryGateway;

    ContractPages(ContractController contracts, QueryGateway queryGateway) {
        this.contracts = contracts;
        this.queryGateway = queryGateway;
    }

    @GetMapping("/console/contracts")
    public String register(@RequestParam(required = false) ContractStatus status,
                           @RequestParam(required = false) String vendorId,
                           @RequestParam(required = false) Integer expiringWithinDays,
                           @RequestParam(defaultValue = "0") int page, Model model) {
        Integer within = expiringWithinDays == null ? null : Math.clamp(expiringWithinDays, 0, MAX_DAYS);
        model.addAttribute("contracts", contracts.findContracts(status, blankToNull(vendorId), null, within,
                Math.max(0, page), PAGE_SIZE, null));
        model.addAttribute("statuses", ContractStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("vendorId", blankToNull(vendorId));
        model.addAttribute("expiringWithinDays", within);
        return "console/contracts";
    }

    @GetMapping("/console/contracts/{contractId}")
    public String contract(@PathVariable String contractId, Model model) {
        model.addAttribute("contract", contracts.findContract(contractId));
        model.addAttribute("workers", queryGateway.query(new FindWorkers(null, contractId, null, 0, ROSTER),
                WorkerPage.class).join());
        if (Actor.current().map(actor -> actor.department() != null).orElse(false)) {
            model.addAttribute("shamRisk", queryGateway.query(new FindContractShamRisk(contractId),
                    ResponseTypes.optionalInstanceOf(ContractShamRisk.class)).join().orElse(null));
            model.addAttribute("shamSignals", queryGateway.query(new FindShamSignals(contractId, null,
                    ShamSignalStatus.OPEN, null, 0, 1), ShamSignalPage.class).join());
        } // the sham-outsourcing risk is the client's own assessment: never on a vendor user's page (§13)
        return "console/contract";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
