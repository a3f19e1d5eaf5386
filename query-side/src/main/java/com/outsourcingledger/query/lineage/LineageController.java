package com.outsourcingledger.query.lineage;

import com.outsourcingledger.api.lineage.LineageQuery.BreachLineage;
import com.outsourcingledger.api.lineage.LineageQuery.FindBreachLineage;
import com.outsourcingledger.api.lineage.LineageQuery.FindSettlementLineage;
import com.outsourcingledger.api.lineage.LineageQuery.SettlementLineage;
import com.outsourcingledger.api.refusal.LineageRuleCodes;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The penalty lineage for auditors, both ways. FINANCE reads it beside the audit departments: it deducts the
 * penalties and pays the settlements the lineage links.
 */
@RestController
@PreAuthorize("hasAnyRole('AUDIT','LEGAL','MANAGEMENT','FINANCE')")
class LineageController {

    private final QueryGateway queryGateway;

    LineageController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Breach → penalty decisions → the settlements that deducted it → their approval and payment. */
    @GetMapping("/audit/lineage/contracts/{contractId}/breaches/{metricId}/{period}")
    public BreachLineage breach(@PathVariable String contractId, @PathVariable String metricId,
                                @PathVariable String period) {
        return queryGateway.query(new FindBreachLineage(contractId, metricId, period),
                        ResponseTypes.optionalInstanceOf(BreachLineage.class)).join()
                .orElseThrow(() -> new ResourceNotFoundException(LineageRuleCodes.BREACH_NOT_FOUND, "breach",
                        contractId + "/" + metricId + "/" + period));
    }

    /** Payment → settlement → each penalty it deducted → that penalty's breach. */
    @GetMapping("/audit/lineage/settlements/{settlementId}")
    public SettlementLineage settlement(@PathVariable String settlementId) {
        return queryGateway.query(new FindSettlementLineage(settlementId),
                        ResponseTypes.optionalInstanceOf(SettlementLineage.class)).join()
                .orElseThrow(() -> new ResourceNotFoundException(LineageRuleCodes.SETTLEMENT_NOT_FOUND,
                        "settlement", settlementId));
    }
}
