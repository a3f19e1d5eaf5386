package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;
import com.outsourcingledger.api.wire.AggregateKind;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A throwaway control of the test tree, never registered: "signed after its NDA" over two test-only payloads, to
 * show that the plant checks bite before the real rules and plants are registered.
 */
final class ExampleControl {

    record ExampleNdaRecorded(String contractId) {
    }

    record ExampleSigned(String contractId) {
    }

    private ExampleControl() {
    }

    static final class Rule implements ControlRule {

        private final Map<String, String> ndas = new HashMap<>();
        private final List<AuditedEvent> signings = new ArrayList<>();
        private final Map<String, String> ndaAtSigning = new HashMap<>();

        @Override
        public AuditControl control() {
            return AuditControl.NDA_BEFORE_SIGNING;
        }

        @Override
        public void accept(AuditedEvent event) {
            if (event.payload() instanceof ExampleNdaRecorded nda) {
                ndas.put(nda.contractId(), event.eventId());
            } else if (event.payload() instanceof ExampleSigned signed) {
                signings.add(event);
                if (ndas.containsKey(signed.contractId())) {
                    ndaAtSigning.put(signed.contractId(), ndas.get(signed.contractId()));
                }
            }
        }

        @Override
        public ControlAnswer answer(AuditPeriod period) {
            List<AuditedEvent> inPeriod = signings.stream().filter(e -> period.contains(e.timestamp())).toList();
            List<ControlException> exceptions = inPeriod.stream()
                    .filter(e -> !ndaAtSigning.containsKey(e.aggregateId()))
                    .map(e -> new ControlException(AggregateKind.CONTRACT, e.aggregateId(),
                            "Signed without an NDA recorded before", List.of(e.eventId())))
                    .toList();
            return new ControlAnswer(control(), inPeriod.size(), exceptions);
        }
    }

    static final class Plant implements ControlPlant {

        @Override
        public AuditControl control() {
            return AuditControl.NDA_BEFORE_SIGNING;
        }

        @Override
        public List<AuditedEvent> clean(AuditPeriod period) {
            return PlantedHistory.of("Contract", "example-clean", start(period)).by("LEGAL", "legal")
                    .event(new ExampleNdaRecorded("example-clean")).after(Duration.ofDays(1)).by("LEGAL", "legal")
                    .event(new ExampleSigned("example-clean")).events();
        }

        @Override
        public List<AuditedEvent> violation(AuditPeriod period) {
            return PlantedHistory.of("Contract", violatingSubjectId(), start(period).plus(Duration.ofDays(3)))
                    .by("LEGAL", "legal").event(new ExampleSigned(violatingSubjectId()))
                    .after(Duration.ofDays(1)).event(new ExampleNdaRecorded(violatingSubjectId())).events();
        }

        @Override
        public String violatingSubjectId() {
            return "example-violating";
        }

        private static Instant start(AuditPeriod period) {
            return period.from().plusMonths(2).atStartOfDay(period.zone()).toInstant();
        }
    }
}
