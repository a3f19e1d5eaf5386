package com.outsourcingledger.query.incident;

import com.outsourcingledger.api.incident.IncidentQuery.*;
import com.outsourcingledger.api.incident.IncidentStatus;
import com.outsourcingledger.api.incident.IncidentType;
import com.outsourcingledger.api.refusal.IncidentRuleCodes;
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
 * Incidents on contracts' services (DOMAIN §14): one incident with its notifications and team, the incidents by
 * type, status, contract and vendor, and the work list of overdue notifications. A vendor user reads its own
 * vendor's incidents only (DOMAIN §15).
 */
@RestController
@AnyDepartmentOrVendor
class IncidentController {

    private final QueryGateway queryGateway;

    IncidentController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/incidents/{incidentId}")
    public IncidentDetail findIncident(@PathVariable String incidentId) {
        return VendorReadScope.visible(queryGateway.query(new FindIncident(incidentId),
                        ResponseTypes.optionalInstanceOf(IncidentDetail.class)).join(), IncidentDetail::vendorId)
                .orElseThrow(() -> new ResourceNotFoundException(IncidentRuleCodes.NOT_FOUND, "incident",
                        incidentId));
    }

    /** Latest occurrence first; {@code open=true}: only those reported or being responded to. */
    @GetMapping("/incidents")
    public IncidentPage findIncidents(@RequestParam(required = false) IncidentType type,
                                      @RequestParam(required = false) IncidentStatus status,
                                      @RequestParam(defaultValue = "false") boolean open,
                                      @RequestParam(required = false) String contractId,
                                      @RequestParam(required = false) String vendorId,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "20") @PageSize int size) {
        return queryGateway.query(new FindIncidents(type, status, open, contractId,
                VendorReadScope.listFilter(vendorId), page, size), IncidentPage.class).join();
    }

    /** The contract's incidents; another vendor's contract is unknown to a vendor user (404). */
    @GetMapping("/contracts/{contractId}/incidents")
    public IncidentPage findContractIncidents(@PathVariable String contractId,
                                              @RequestParam(defaultValue = "0") @Min(0) int page,
                                              @RequestParam(defaultValue = "20") @PageSize int size) {
        ContractReadScope.requireVisible(queryGateway, contractId);
        return queryGateway.query(new FindIncidents(null, null, false, contractId, VendorReadScope.listFilter(null),
                page, size), IncidentPage.class).join();
    }

    /** Incidents past their notification limit with a required party not notified yet, oldest limit first. */
    @GetMapping("/incidents/overdue-notifications")
    public IncidentPage findOverdueIncidentNotifications(@RequestParam(required = false) String vendorId,
                                                         @RequestParam(defaultValue = "0") @Min(0) int page,
                                                         @RequestParam(defaultValue = "50") @PageSize int size) {
        return queryGateway.query(new FindOverdueIncidentNotifications(VendorReadScope.listFilter(vendorId), page,
                size), IncidentPage.class).join();
    }
}
