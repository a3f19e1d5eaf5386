package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.dashboard.DashboardQuery.*;
import com.outsourcingledger.api.incident.IncidentQuery.FindIncidentCounts;
import com.outsourcingledger.api.incident.IncidentQuery.IncidentCounts;
import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.api.risk.RiskQuery.FindRiskRegisterCounts;
import com.outsourcingledger.api.risk.RiskQuery.RiskRegisterCounts;
import com.outsourcingledger.api.specialaudit.SpecialAuditQuery.FindSpecialAuditCounts;
import com.outsourcingledger.api.specialaudit.SpecialAuditQuery.SpecialAuditCounts;
import com.outsourcingledger.platform.security.AnyDepartment;
import com.outsourcingledger.query.readmodel.PageSize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;

@RestController
@RequestMapping("/dashboard")
@AnyDepartment
class DashboardController {

    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    private final QueryGateway queryGateway;
    private final DashboardLiveFeed liveFeed;

    DashboardController(QueryGateway queryGateway, DashboardLiveFeed liveFeed) {
        this.queryGateway = queryGateway;
        this.liveFeed = liveFeed;
    }

    @GetMapping
    public Dashboard dashboard() {
        return queryGateway.query(new FindDashboard(), ResponseTypes.instanceOf(Dashboard.class)).join();
    }

    /** The risk register's, incidents' and special audits' counts, each asked of its own read model. */
    @GetMapping("/risk-register")
    public RiskRegisterDashboard riskRegister() {
        return new RiskRegisterDashboard(
                queryGateway.query(new FindRiskRegisterCounts(), RiskRegisterCounts.class).join(),
                queryGateway.query(new FindIncidentCounts(), IncidentCounts.class).join(),
                queryGateway.query(new FindSpecialAuditCounts(), SpecialAuditCounts.class).join());
    }

    @GetMapping("/sla")
    public List<SlaComplianceRow> slaCompliance(@RequestParam(required = false) String vendorId,
                                                @RequestParam(required = false) String metricId,
                                                @RequestParam(required = false) @Pattern(regexp = MONTH) String fromMonth,
                                                @RequestParam(required = false) @Pattern(regexp = MONTH) String toMonth) {
        return queryGateway.query(new FindSlaCompliance(vendorId, metricId, fromMonth, toMonth),
                SlaCompliance.class).join().items();
    }

    @GetMapping("/contracts/expiring")
    public List<ExpiringContract> expiringContracts(@RequestParam(defaultValue = "30") @Min(0) @Max(3650) int withinDays) {
        return queryGateway.query(new FindExpiringContracts(withinDays), ExpiringContracts.class).join().items();
    }

    /** A page of the notices not concluded, soonest due first; {@code overdue=true}: only those past due. */
    @GetMapping("/rectification-notices")
    public OpenRectifications openRectifications(@RequestParam(defaultValue = "false") boolean overdue,
                                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                                 @RequestParam(defaultValue = "50") @PageSize int size) {
        return queryGateway.query(new FindOpenRectifications(overdue, page, size), OpenRectifications.class).join();
    }

    /** A page of the vendors and contracts carrying {@code flag}, or any risk flag. */
    @GetMapping("/risks")
    public Risks risks(@RequestParam(required = false) RiskFlag flag,
                       @RequestParam(defaultValue = "0") @Min(0) int page,
                       @RequestParam(defaultValue = "50") @PageSize int size) {
        return queryGateway.query(new FindRisks(flag, page, size), Risks.class).join();
    }

    @GetMapping("/penalties")
    public Penalties penalties() {
        return queryGateway.query(new FindPenalties(), ResponseTypes.instanceOf(Penalties.class)).join();
    }

    /** Per project: its budget and what its contracts' settlements paid, per currency. */
    @GetMapping("/project-budgets")
    public List<ProjectBudget> projectBudgets() {
        return queryGateway.query(new FindProjectBudgets(), ProjectBudgets.class).join().items();
    }

    /** A page of the PIPs not concluded, with their plan due dates; {@code overdue=true}: only overdue plans. */
    @GetMapping("/pips")
    public OpenPips openPips(@RequestParam(defaultValue = "false") boolean overdue,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "50") @PageSize int size) {
        return queryGateway.query(new FindOpenPips(overdue, page, size), OpenPips.class).join();
    }

    /** Server-sent events: the current dashboard first, then the dashboard again after every change. */
    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter live() {
        return liveFeed.subscribe();
    }
}
