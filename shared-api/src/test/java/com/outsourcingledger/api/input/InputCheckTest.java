package com.outsourcingledger.api.input;

import com.outsourcingledger.api.input.InputCheck.Problem;
import com.outsourcingledger.api.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InputCheckTest {

    record Clause(String category, String text) {
    }

    record Draft(String contractId, String title, Money amount, List<Clause> clauses, LocalDate validUntil,
                 List<String> vendorIds, Map<String, String> attributes) {
    }

    private static Draft draft() {
        return new Draft("c-1", "合同", new Money(new BigDecimal("1200000.00"), "CNY"),
                List.of(new Clause("TERM", "条款\n第二行\t缩进")), LocalDate.of(2027, 1, 1), List.of("v-1"),
                Map.of("k", "v"));
    }

    @Test
    void acceptsOrdinaryValuesIncludingLineBreaksAndSupplementaryCharacters() {
        assertThat(InputCheck.problems(draft())).isEmpty();
        Draft emoji = new Draft("c-1", "合同 \uD83D\uDE00 𠀀", null, List.of(), null, List.of(), Map.of());
        assertThat(InputCheck.problems(emoji)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"合同\u0000", "\u0001", "a\u001Fb", "x\u007F", "\u0085", "\uD83D", "\uDE00x"})
    void refusesControlCharactersAndUnpairedSurrogatesNamingTheField(String title) {
        Draft hostile = new Draft("c-1", title, null, List.of(), null, List.of(), Map.of());
        assertThat(InputCheck.problems(hostile)).extracting(Problem::field).containsExactly("title");
    }

    @Test
    void boundsLengthsByTheKindOfField() {
        assertThat(InputRules.maxLength("contractId")).isEqualTo(InputRules.MAX_ID);
        assertThat(InputRules.maxLength("vendorIds")).isEqualTo(InputRules.MAX_ID);
        assertThat(InputRules.maxLength("ndaReference")).isEqualTo(InputRules.MAX_REFERENCE);
        assertThat(InputRules.maxLength("number")).isEqualTo(InputRules.MAX_REFERENCE);
        assertThat(InputRules.maxLength("legalName")).isEqualTo(InputRules.MAX_NAME);
        assertThat(InputRules.maxLength("scope")).isEqualTo(InputRules.MAX_TEXT);

        Draft longId = new Draft("c".repeat(65), "t".repeat(500), null, List.of(), null,
                List.of("v".repeat(65)), Map.of());
        assertThat(InputCheck.problems(longId)).extracting(Problem::field)
                .containsExactly("contractId", "vendorIds[0]");
    }

    @Test
    void refusesNumbersBeyondWhatTheReadModelsStoreCheaplyWhateverTheExponent() {
        long started = System.nanoTime();
        for (String value : List.of("1e22", "1e13", "1e100000000", "1e1000000000", "-1e1000000000",
                "1e-1000000000", "0.0000001")) {
            assertThat(InputRules.numberProblem(new BigDecimal(value))).as(value).isPresent();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        for (String value : List.of("999999999999.999999", "-999999999999", "0.000001", "1.50000000000", "0", "1e3")) {
            assertThat(InputRules.numberProblem(new BigDecimal(value))).as(value).isEmpty();
        }
        Draft huge = new Draft("c-1", "t", new Money(new BigDecimal("1e22"), "CNY"), List.of(), null, List.of(),
                Map.of());
        assertThat(InputCheck.problems(huge)).extracting(Problem::field).containsExactly("amount.amount");
    }

    @Test
    void refusesDatesOutsideTheCalendarTheLedgerKeeps() {
        Draft far = new Draft("c-1", "t", null, List.of(), LocalDate.MAX, List.of(), Map.of());
        assertThat(InputCheck.problems(far)).extracting(Problem::field).containsExactly("validUntil");
        assertThat(InputRules.dateProblem(LocalDate.of(1899, 12, 31))).isPresent();
        assertThat(InputRules.dateProblem(LocalDate.of(2999, 12, 31))).isEmpty();
    }

    @Test
    void refusesNullElementsAndNamesNestedPaths() {
        List<Clause> clauses = new ArrayList<>();
        clauses.add(new Clause("TERM", "ok"));
        clauses.add(null);
        clauses.add(new Clause("TERM", "bad\u0000"));
        Draft hostile = new Draft("c-1", "t", null, clauses, null, List.of(), Map.of("key\u0000", "v"));
        assertThat(InputCheck.problems(hostile)).extracting(Problem::field)
                .containsExactly("clauses[1]", "clauses[2].text", "attributes[key\u0000]");
    }

    @Test
    void leavesNonRecordsAndNullFieldsToTheRulesThatKnowThem() {
        assertThat(InputCheck.problems("plain\u0000")).isEmpty();
        assertThat(InputCheck.problems(null)).isEmpty();
        assertThat(InputCheck.problems(new Draft(null, null, null, null, null, null, null))).isEmpty();
    }
}
