package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.ConcludeRectification;
import com.outsourcingledger.api.contract.ContractCommand.IssueRectificationNotice;
import com.outsourcingledger.api.contract.ContractCommand.RecordRectificationPlan;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.RectificationFailed;
import com.outsourcingledger.api.contract.ContractEvent.RectificationNoticeIssued;
import com.outsourcingledger.api.contract.ContractEvent.RectificationPlanRecorded;
import com.outsourcingledger.api.contract.ContractEvent.RectificationVerified;
import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.VendorScope;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.outsourcingledger.api.contract.ContractStatus.ACTIVE;
import static com.outsourcingledger.api.contract.ContractStatus.SUSPENDED;
import static com.outsourcingledger.command.contract.ContractRules.requireStatus;
import static com.outsourcingledger.command.contract.ContractRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Rectification notices (整改通知书) of one contract: open until verified or failed. */
class Rectifications {

    private record Notice(String metricId, boolean planRecorded, boolean concluded) {
    }

    private final Contract contract;
    private final Map<String, Notice> notices = new HashMap<>();
    private final Set<String> cited = new HashSet<>();
    private String vendorId;

    Rectifications(Contract contract) {
        this.contract = contract;
    }

    @CommandHandler
    void handle(IssueRectificationNotice command, Clock clock) {
        requireStatus(ContractRuleCodes.RECTIFICATION_WRONG_STATUS, contract.id(), contract.status(), "rectification",
                ACTIVE, SUSPENDED);
        requireText(ContractRuleCodes.RECTIFICATION_NOTICE_ID_REQUIRED, "rectification", "notice-id",
                command.noticeId());
        requireText(ContractRuleCodes.RECTIFICATION_REASON_REQUIRED, "rectification", "reason", command.reason());
        if (notices.containsKey(command.noticeId())) {
            throw Refusal.conflict(ContractRuleCodes.RECTIFICATION_ALREADY_ISSUED,
                    "Contract " + contract.id() + " already has rectification notice " + command.noticeId());
        }
        if (command.metricId() != null) {
            contract.slas().metric(command.metricId());
        }
        LocalDate today = LocalDate.now(clock);
        if (command.dueOn() == null || !command.dueOn().isAfter(today)) {
            throw Refusal.unprocessable(ContractRuleCodes.RECTIFICATION_DUE_DATE_NOT_IN_FUTURE,
                    "A rectification notice is due after today, not on " + command.dueOn());
        }
        apply(new RectificationNoticeIssued(contract.id(), command.noticeId(), command.metricId(), List.of(),
                command.reason(), today, command.dueOn(), false, null, null));
    }

    /** The vendor's plan: by its own user (DOMAIN §15), or by BUSINESS on its behalf. */
    @CommandHandler
    void handle(RecordRectificationPlan command, @MetaDataValue(MetadataKeys.VENDOR) String actingVendor) {
        VendorScope.requireOwn(vendorId, actingVendor);
        requireOpen(command.noticeId(), ContractRuleCodes.RECTIFICATION_PLAN_NOTICE_CONCLUDED);
        requireText(ContractRuleCodes.RECTIFICATION_PLAN_PLAN_REQUIRED, "rectification-plan", "plan", command.plan());
        apply(new RectificationPlanRecorded(contract.id(), command.noticeId(), command.plan()));
    }

    @CommandHandler
    void handle(ConcludeRectification command) {
        requireOpen(command.noticeId(), ContractRuleCodes.RECTIFICATION_CONCLUSION_NOTICE_CONCLUDED);
        if (!notices.get(command.noticeId()).planRecorded()) {
            throw Refusal.conflict(ContractRuleCodes.RECTIFICATION_CONCLUSION_NO_PLAN,
                    "Rectification notice " + command.noticeId() + " has no vendor plan recorded yet");
        }
        if (command.outcome() == null) {
            throw Refusal.unprocessable(ContractRuleCodes.RECTIFICATION_CONCLUSION_OUTCOME_REQUIRED,
                    "State VERIFIED or FAILED");
        }
        requireText(ContractRuleCodes.RECTIFICATION_CONCLUSION_NOTES_REQUIRED, "rectification-conclusion", "notes",
                command.notes());
        apply(switch (command.outcome()) {
            case VERIFIED -> new RectificationVerified(contract.id(), command.noticeId(), command.notes());
            case FAILED -> new RectificationFailed(contract.id(), command.noticeId(), command.notes());
        });
    }

    boolean openFor(String metricId) {
        return metricId != null && notices.values().stream()
                .anyMatch(n -> !n.concluded() && metricId.equals(n.metricId()));
    }

    /** Whether a notice already cites this period of the metric among the breaches it was issued for. */
    boolean cites(String metricId, SlaPeriod period) {
        return cited.contains(metricId + "|" + period.value());
    }

    int count() {
        return notices.size();
    }

    private void requireOpen(String noticeId, String concludedRule) {
        Notice notice = notices.get(noticeId);
        if (notice == null) {
            throw Refusal.notFound(ContractRuleCodes.RECTIFICATION_NOT_FOUND,
                    "Contract " + contract.id() + " has no rectification notice " + noticeId);
        }
        if (notice.concluded()) {
            throw Refusal.conflict(concludedRule,
                    "Rectification notice " + noticeId + " is already concluded");
        }
    }

    @EventSourcingHandler
    void on(ContractDrafted event) {
        vendorId = event.vendorId();
    }

    @EventSourcingHandler
    void on(RectificationNoticeIssued event) {
        notices.put(event.noticeId(), new Notice(event.metricId(), false, false));
        if (event.metricId() != null && event.periods() != null) {
            event.periods().forEach(period -> cited.add(event.metricId() + "|" + period));
        }
    }

    @EventSourcingHandler
    void on(RectificationPlanRecorded event) {
        notices.computeIfPresent(event.noticeId(), (id, n) -> new Notice(n.metricId(), true, n.concluded()));
    }

    @EventSourcingHandler
    void on(RectificationVerified event) {
        notices.computeIfPresent(event.noticeId(), (id, n) -> new Notice(n.metricId(), n.planRecorded(), true));
    }

    @EventSourcingHandler
    void on(RectificationFailed event) {
        notices.computeIfPresent(event.noticeId(), (id, n) -> new Notice(n.metricId(), n.planRecorded(), true));
    }
}
