package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.dashboard.DashboardQuery.Dashboard;
import com.outsourcingledger.api.dashboard.DashboardQuery.ExpiringContract;
import com.outsourcingledger.api.dashboard.DashboardQuery.FindSlaCompliance;
import com.outsourcingledger.api.dashboard.DashboardQuery.SlaCompliance;
import com.outsourcingledger.api.dashboard.DashboardQuery.SlaComplianceRow;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ProjectQuery.FindReviewQueue;
import com.outsourcingledger.api.project.ProjectQuery.ProjectSummary;
import com.outsourcingledger.api.project.ProjectQuery.ReviewQueue;
import com.outsourcingledger.api.vendor.VendorQuery.ExpiringQualification;
import com.outsourcingledger.api.vendor.VendorQuery.ExpiringQualifications;
import com.outsourcingledger.api.vendor.VendorQuery.FindExpiringQualifications;
import com.outsourcingledger.platform.security.Actor;
import com.outsourcingledger.platform.security.AnyDepartment;
import com.outsourcingledger.query.console.ConsolePage;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The dashboard at a glance, from the same {@link DashboardController} answers as {@code GET /dashboard} and open to
 * the same departments, the user's own department's work first; the page keeps itself current from the same live
 * feed as {@code /dashboard/live}, here under the console's session. The contracts and qualifications expiring within
 * {@link #EXPIRY_WINDOW} days are listed as {@code /dashboard/contracts/expiring} and
 * {@code /vendors/qualifications/expiring} answer them.
 */
@ConsolePage
@AnyDepartment
class DashboardPage {

    /** Months of SLA compliance the chart shows, the current one last. */
    static final int CHART_MONTHS = 12;
    /** How many of the open notices (soonest due first) and of the vendors with most penalties the page lists. */
    static final int LISTED = 10;
    /** The widest of the expiry windows (30/60/90 days) whose contracts and qualifications the page lists. */
    static final int EXPIRY_WINDOW = 90;
    /** How many of each the page lists, soonest first; the contract register has them all. */
    static final int EXPIRING_LISTED = 20;

    private final DashboardController dashboard;
    private final QueryGateway queryGateway;

    DashboardPage(DashboardController dashboard, QueryGateway queryGateway) {
        this.dashboard = dashboard;
        this.queryGateway = queryGateway;
    }

    @GetMapping("/console/dashboard")
    public String dashboard(Model model) {
        Dashboard figures = dashboard.dashboard();
        Actor actor = Actor.current().orElseThrow();
        Department own = actor.department();
        model.addAttribute("dashboard", figures);
        model.addAttribute("ownQueue", IntStream.range(0, figures.approvalQueues().size())
                .filter(i -> figures.approvalQueues().get(i).department() == own).boxed().findFirst().orElse(-1));
        model.addAttribute("ownWork", IntStream.range(0, figures.workQueues().size())
                .filter(i -> figures.workQueues().get(i).department() == own).boxed().toList());
        List<ProjectSummary> waiting = queryGateway.query(new FindReviewQueue(own, actor.user()), ReviewQueue.class)
                .join().items();
        model.addAttribute("waiting", waiting);
        model.addAttribute("register", dashboard.riskRegister());
        model.addAttribute("notices", dashboard.openRectifications(false, 0, LISTED));
        model.addAttribute("penalties", dashboard.penalties().byVendor().stream().limit(LISTED).toList());
        model.addAttribute("expiringContracts", dashboard.expiringContracts(EXPIRY_WINDOW).stream()
                .sorted(Comparator.comparingLong(ExpiringContract::daysToExpiry)).limit(EXPIRING_LISTED).toList());
        model.addAttribute("expiringQualifications", queryGateway.query(new FindExpiringQualifications(EXPIRY_WINDOW),
                        ExpiringQualifications.class).join().items().stream()
                .sorted(Comparator.comparingLong(ExpiringQualification::daysToExpiry)).limit(EXPIRING_LISTED).toList());
        model.addAttribute("chart", chart(figures.today() == null ? YearMonth.now() : YearMonth.from(figures.today())));
        return "console/dashboard";
    }

    @GetMapping(path = "/console/dashboard/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    public SseEmitter live() {
        return dashboard.live();
    }

    /** One bar of the SLA chart: a month's measurements over every vendor and metric; {@code percent} null without any. */
    record MonthBar(String month, long measurements, long breaches, BigDecimal percent) {

        /** The bar's height out of 100. */
        public double height() {
            return percent == null ? 0 : percent.doubleValue();
        }
    }

    private List<MonthBar> chart(YearMonth current) {
        YearMonth first = current.minusMonths(CHART_MONTHS - 1L);
        List<SlaComplianceRow> rows = queryGateway.query(new FindSlaCompliance(null, null, first.toString(),
                current.toString()), SlaCompliance.class).join().items();
        Map<String, long[]> months = new TreeMap<>();
        for (int i = 0; i < CHART_MONTHS; i++) {
            months.put(first.plusMonths(i).toString(), new long[2]);
        }
        for (SlaComplianceRow row : rows) {
            long[] month = months.computeIfAbsent(row.month(), m -> new long[2]);
            month[0] += row.measurements();
            month[1] += row.breaches();
        }
        return months.entrySet().stream().map(m -> new MonthBar(m.getKey(), m.getValue()[0], m.getValue()[1],
                m.getValue()[0] == 0 ? null : BigDecimal.valueOf((m.getValue()[0] - m.getValue()[1]) * 100L)
                        .divide(BigDecimal.valueOf(m.getValue()[0]), 1, RoundingMode.HALF_UP))).toList();
    }
}
