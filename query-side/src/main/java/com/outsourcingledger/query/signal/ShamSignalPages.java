package com.outsourcingledger.query.signal;

import com.outsourcingledger.api.signal.ShamSignalQuery.ShamSignalDetail;
import com.outsourcingledger.api.signal.ShamSignalStatus;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.platform.security.AnyDepartment;
import com.outsourcingledger.query.console.ConsolePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.Map;

/**
 * The risk-signal pages (§13): the open signals and risk levels by vendor and by contract, the signals by filter,
 * and one signal with its sources (each linked to the audit explorer for AUDIT, LEGAL and MANAGEMENT), answered by
 * {@link ShamSignalController} itself. For internal departments only, as through the API: a vendor user is refused.
 */
@ConsolePage
@AnyDepartment
class ShamSignalPages {

    static final int PAGE_SIZE = 20;

    private final ShamSignalController signals;

    ShamSignalPages(ShamSignalController signals) {
        this.signals = signals;
    }

    @GetMapping("/console/sham-signals")
    public String signals(@RequestParam(required = false) ShamSignalStatus status,
                          @RequestParam(required = false) ShamSignalType type,
                          @RequestParam(required = false) String vendorId,
                          @RequestParam(required = false) String contractId,
                          @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("board", signals.dashboard());
        model.addAttribute("signals", signals.findSignals(orNull(contractId), orNull(vendorId), status, type,
                Math.max(0, page), PAGE_SIZE));
        model.addAttribute("statuses", ShamSignalStatus.values());
        model.addAttribute("types", ShamSignalType.values());
        model.addAttribute("status", status);
        model.addAttribute("type", type);
        model.addAttribute("vendorId", orNull(vendorId));
        model.addAttribute("contractId", orNull(contractId));
        return "console/sham-signals";
    }

    @GetMapping("/console/sham-signals/{signalId}")
    public String signal(@PathVariable String signalId, Model model) {
        ShamSignalDetail signal = signals.findSignal(signalId);
        model.addAttribute("signal", signal);
        Map<String, String> explorer = new HashMap<>();
        signal.sources().forEach(source -> AggregateKind.ofAggregateType(source.aggregateType()).ifPresent(kind ->
                explorer.put(source.eventId(), "/console/audit/" + kind.collection() + "/" + source.aggregateId())));
        model.addAttribute("explorer", explorer);
        return "console/sham-signal";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
