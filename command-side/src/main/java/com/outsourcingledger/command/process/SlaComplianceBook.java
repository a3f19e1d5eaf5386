package com.outsourcingledger.command.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.outsourcingledger.api.contract.ContractEvent.SlaBreachWithdrawn;
import com.outsourcingledger.api.contract.ContractEvent.SlaBreached;
import com.outsourcingledger.api.contract.ContractEvent.SlaMeasurementCorrected;
import com.outsourcingledger.api.contract.ContractEvent.SlaMeasurementRecorded;
import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import com.outsourcingledger.api.evaluation.SlaComplianceLine;

import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * A contract's SLA compliance as the evaluation process collected it, one line per metric and SLA period, in
 * whatever order the measurements, breaches and withdrawals arrived. A line belongs to the evaluation period its
 * SLA period ends in, so a quarterly metric of a monthly evaluation counts in the quarter's last month. A withdrawn
 * breach stays on its line, {@code breached} and {@code withdrawn}, with the penalty it no longer carries.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
final class SlaComplianceBook {

    private TreeMap<String, SlaComplianceLine> lines = new TreeMap<>();

    void record(SlaMeasurementRecorded event) {
        SlaComplianceLine line = line(event.metricId(), event.period());
        put(new SlaComplianceLine(event.metricId(), event.period(), event.value(), event.target(), event.direction(),
                event.met(), line.breached(), line.withdrawn(), line.penalty()));
    }

    void record(SlaMeasurementCorrected event) {
        SlaComplianceLine line = line(event.metricId(), event.period());
        put(new SlaComplianceLine(event.metricId(), event.period(), event.value(), line.target(), line.direction(),
                event.met(), line.breached(), line.withdrawn(), line.penalty()));
    }

    void record(SlaBreached event) {
        SlaComplianceLine line = line(event.metricId(), event.period());
        put(new SlaComplianceLine(event.metricId(), event.period(), event.actual(), event.target(), line.direction(),
                false, true, false, event.penalty()));
    }

    void record(SlaBreachWithdrawn event) {
        SlaComplianceLine line = line(event.metricId(), event.period());
        put(new SlaComplianceLine(event.metricId(), event.period(), line.value(), line.target(), line.direction(),
                line.met(), true, true, line.penalty()));
    }

    /** The lines whose SLA period ends within {@code period}, by SLA period, then metric. */
    List<SlaComplianceLine> linesOf(EvaluationPeriod period) {
        return lines.values().stream()
                .filter(line -> period.contains(SlaPeriod.of(line.slaPeriod()).end()))
                .sorted(Comparator.comparing((SlaComplianceLine l) -> SlaPeriod.of(l.slaPeriod()).start())
                        .thenComparing(SlaComplianceLine::metricId))
                .toList();
    }

    private SlaComplianceLine line(String metricId, String slaPeriod) {
        SlaComplianceLine line = lines.get(key(metricId, slaPeriod));
        return line != null ? line
                : new SlaComplianceLine(metricId, slaPeriod, null, null, null, false, false, false, null);
    }

    private void put(SlaComplianceLine line) {
        lines.put(key(line.metricId(), line.slaPeriod()), line);
    }

    private static String key(String metricId, String slaPeriod) {
        return slaPeriod + "|" + metricId;
    }
}
