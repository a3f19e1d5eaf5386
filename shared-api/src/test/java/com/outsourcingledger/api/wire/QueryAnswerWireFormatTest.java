package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.dashboard.DashboardQuery.ExpiringContract;
import com.outsourcingledger.api.dashboard.DashboardQuery.ExpiringContracts;
import com.outsourcingledger.api.dashboard.DashboardQuery.OpenPip;
import com.outsourcingledger.api.dashboard.DashboardQuery.OpenPips;
import com.outsourcingledger.api.dashboard.DashboardQuery.OpenRectification;
import com.outsourcingledger.api.dashboard.DashboardQuery.OpenRectifications;
import com.outsourcingledger.api.dashboard.DashboardQuery.ProjectBudget;
import com.outsourcingledger.api.dashboard.DashboardQuery.ProjectBudgets;
import com.outsourcingledger.api.dashboard.DashboardQuery.SlaCompliance;
import com.outsourcingledger.api.dashboard.DashboardQuery.SlaComplianceRow;
import com.outsourcingledger.api.lineage.LineageQuery.BreachState;
import com.outsourcingledger.api.lineage.LineageQuery.ContractLineage;
import com.outsourcingledger.api.project.ProjectQuery.ProjectSummary;
import com.outsourcingledger.api.project.ProjectQuery.ReviewQueue;
import com.outsourcingledger.api.vendor.VendorQuery.ExpiringQualification;
import com.outsourcingledger.api.vendor.VendorQuery.ExpiringQualifications;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On Axon Server a query's answer crosses the wire through the message serializer. A bare list came back as a
 * list of maps ("not convertible to a List of the expected response type"); the list answers are records whose
 * components name their element types, and survive the round trip with them.
 */
class QueryAnswerWireFormatTest {

    private static final Serializer serializer = EventWireFormat.serializer();

    record Case(Object answer, Function<Object, List<?>> items, Class<?> element) {
    }

    static Stream<Case> listAnswers() {
        return Stream.of(
                new Case(new ExpiringQualifications(List.of(sample(ExpiringQualification.class))),
                        a -> ((ExpiringQualifications) a).items(), ExpiringQualification.class),
                new Case(new ReviewQueue(List.of(sample(ProjectSummary.class))),
                        a -> ((ReviewQueue) a).items(), ProjectSummary.class),
                new Case(new SlaCompliance(List.of(sample(SlaComplianceRow.class))),
                        a -> ((SlaCompliance) a).items(), SlaComplianceRow.class),
                new Case(new ExpiringContracts(List.of(sample(ExpiringContract.class))),
                        a -> ((ExpiringContracts) a).items(), ExpiringContract.class),
                new Case(new OpenRectifications(List.of(sample(OpenRectification.class))),
                        a -> ((OpenRectifications) a).items(), OpenRectification.class),
                new Case(new OpenPips(List.of(sample(OpenPip.class))), a -> ((OpenPips) a).items(), OpenPip.class),
                new Case(new ProjectBudgets(List.of(sample(ProjectBudget.class))),
                        a -> ((ProjectBudgets) a).items(), ProjectBudget.class),
                new Case(new ContractLineage("c-1", List.of(sample(BreachState.class))),
                        a -> ((ContractLineage) a).items(), BreachState.class));
    }

    @ParameterizedTest
    @MethodSource("listAnswers")
    void everyListAnswerKeepsItsElementTypeOverTheWire(Case answer) {
        SerializedObject<byte[]> wire = serializer.serialize(answer.answer(), byte[].class);
        Object read = serializer.deserialize(wire);
        assertThat(read).isEqualTo(answer.answer());
        assertThat(answer.items().apply(read)).singleElement().isInstanceOf(answer.element());
    }

    /** Why: the bare list the handlers used to answer comes back with maps where the records were. */
    @org.junit.jupiter.api.Test
    void aBareListLosesItsElementTypeOverTheWire() {
        List<ExpiringContract> bare = List.of(sample(ExpiringContract.class));
        Object read = serializer.deserialize(serializer.serialize(bare, byte[].class));
        assertThat((List<?>) read).singleElement().isNotInstanceOf(ExpiringContract.class);
    }

    /** An element with every field at its JSON default: what matters here is its type, not its values. */
    private static <T> T sample(Class<T> type) {
        return EventWireFormat.jsonMapper().rebuild()
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build()
                .readValue("{}", type);
    }
}
