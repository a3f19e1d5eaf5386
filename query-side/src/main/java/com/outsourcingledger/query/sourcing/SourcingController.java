package com.outsourcingledger.query.sourcing;

import com.outsourcingledger.api.refusal.SourcingRuleCodes;
import com.outsourcingledger.api.sourcing.SourcingQuery.ExplainRanking;
import com.outsourcingledger.api.sourcing.SourcingQuery.FindSourcing;
import com.outsourcingledger.api.sourcing.SourcingQuery.RankingExplanation;
import com.outsourcingledger.api.sourcing.SourcingQuery.SourcingDetail;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.platform.security.AnyDepartment;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

@RestController
@RequestMapping("/sourcings")
@AnyDepartment
class SourcingController {

    private final QueryGateway queryGateway;

    SourcingController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** What the caller may see: a panel member sees others' sheets once all of their own are in. */
    @GetMapping("/{sourcingId}")
    public SourcingDetail findSourcing(@PathVariable String sourcingId, Principal caller) {
        SourcingDetail detail = queryGateway.query(new FindSourcing(sourcingId, caller.getName()),
                ResponseTypes.instanceOf(SourcingDetail.class)).join();
        if (detail == null) {
            throw new ResourceNotFoundException(SourcingRuleCodes.NOT_FOUND, "sourcing", sourcingId);
        }
        return detail;
    }

    /** Each candidate's weighted score broken down by criterion and by member; 404 before consolidation. */
    @GetMapping("/{sourcingId}/ranking")
    public RankingExplanation explainRanking(@PathVariable String sourcingId) {
        return queryGateway.query(new ExplainRanking(sourcingId),
                        ResponseTypes.optionalInstanceOf(RankingExplanation.class)).join()
                .orElseThrow(() -> new ResourceNotFoundException(SourcingRuleCodes.RANKING_NOT_FOUND,
                        "ranking", sourcingId));
    }
}
