package com.outsourcingledger.command.evaluation;

import com.outsourcingledger.api.contract.SlaDirection;
import com.outsourcingledger.api.evaluation.EvaluationCadence;
import com.outsourcingledger.api.evaluation.EvaluationCommand.OpenEvaluationPeriod;
import com.outsourcingledger.api.evaluation.EvaluationDimension;
import com.outsourcingledger.api.evaluation.EvaluationEvent.*;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import com.outsourcingledger.api.evaluation.EvaluationPolicy;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.api.evaluation.EvaluationDimension.*;

/** Fixed ids, a fixed clock just after the first quarter, and the facts most evaluation tests start from. */
final class EvaluationSamples {

    static final String CONTRACT_ID = "contract-1";
    static final String VENDOR_ID = "vendor-1";
    static final String PROJECT_ID = "project-1";
    static final EvaluationPeriod PERIOD = EvaluationPeriod.of("2026-Q1");
    static final String EVALUATION_ID = "contract-1:2026-Q1";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    static final LocalDate DUE_ON = LocalDate.of(2026, 4, 10);
    static final BigDecimal BONUS = new BigDecimal("5.00");
    static final EvaluationPolicy POLICY = EvaluationPolicy.standard();
    static final String SCORER = "business-1";
    static final Map<String, String> BUSINESS = Map.of(MetadataKeys.USER, SCORER, MetadataKeys.DEPARTMENT, "BUSINESS");
    static final Map<String, String> HR = Map.of(MetadataKeys.USER, "hr-1", MetadataKeys.DEPARTMENT, "HR");
    static final Map<String, String> VENDOR_USER = Map.of(MetadataKeys.USER, "vendor-user-1", MetadataKeys.VENDOR,
            VENDOR_ID);
    static final Map<String, String> OTHER_VENDOR_USER = Map.of(MetadataKeys.USER, "vendor-user-9",
            MetadataKeys.VENDOR, "vendor-9");

    private EvaluationSamples() {
    }

    static List<com.outsourcingledger.api.evaluation.SlaComplianceLine> lines() {
        return List.of(new com.outsourcingledger.api.evaluation.SlaComplianceLine("quality", "2026-03",
                new BigDecimal("93.25"), new BigDecimal("95.5"), SlaDirection.AT_LEAST, false, true, false,
                Money.cny("1500.00")));
    }

    static OpenEvaluationPeriod open() {
        return new OpenEvaluationPeriod(EVALUATION_ID, CONTRACT_ID, VENDOR_ID, PROJECT_ID, PERIOD, BONUS, lines());
    }

    static EvaluationPeriodOpened opened() {
        return new EvaluationPeriodOpened(EVALUATION_ID, CONTRACT_ID, VENDOR_ID, PROJECT_ID, "2026-Q1",
                EvaluationCadence.QUARTERLY, DUE_ON, POLICY, BONUS, lines());
    }

    /** 20·95 + 25·88 + 20·92 + 15·85 + 10·90 + 10·100 = 9115 over 100: 91.15, an A. */
    static Map<EvaluationDimension, Integer> gradeAScores() {
        Map<EvaluationDimension, Integer> scores = new EnumMap<>(EvaluationDimension.class);
        scores.putAll(Map.of(EFFICIENCY, 95, QUALITY, 88, CUSTOMER_SATISFACTION, 92, RESPONSE_SPEED, 85,
                PERSONNEL_STABILITY, 90, COMPLIANCE, 100));
        return scores;
    }

    /** Every required dimension at {@code score}. */
    static Map<EvaluationDimension, Integer> flat(int score) {
        Map<EvaluationDimension, Integer> scores = new EnumMap<>(EvaluationDimension.class);
        for (EvaluationDimension d : List.of(EFFICIENCY, QUALITY, CUSTOMER_SATISFACTION, RESPONSE_SPEED,
                PERSONNEL_STABILITY, COMPLIANCE)) {
            scores.put(d, score);
        }
        return scores;
    }

    static EventMessage<EvaluationScored> scored(int round, Map<EvaluationDimension, Integer> scores, String overall,
                                                 Grade grade) {
        return GenericEventMessage.<EvaluationScored>asEventMessage(new EvaluationScored(EVALUATION_ID, round,
                        Map.copyOf(scores), POLICY, new BigDecimal(overall), grade, "按季度评估"))
                .andMetaData(Map.of(MetadataKeys.USER, SCORER));
    }

    static Object[] shared(Grade grade, String overall) {
        return new Object[]{opened(), scored(1, flat(70), overall, grade),
                new EvaluationCountersigned(EVALUATION_ID, 1, "已复核"),
                new EvaluationShared(EVALUATION_ID, 1, TODAY)};
    }
}
