package com.outsourcingledger.api.input;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DerivedIdsTest {

    @Test
    void keepsAReadableIdThatFitsAndShortensOneThatDoesNotTheSameWayEveryTime() {
        assertThat(DerivedIds.fit("c-1:settlement:2026-03")).isEqualTo("c-1:settlement:2026-03");
        String contractId = "c".repeat(InputRules.MAX_ID);
        String derived = DerivedIds.fit(contractId + ":settlement:2026-03");
        assertThat(derived).hasSizeLessThanOrEqualTo(InputRules.MAX_ID)
                .isEqualTo(DerivedIds.fit(contractId + ":settlement:2026-03"))
                .isNotEqualTo(DerivedIds.fit(contractId + ":settlement:2026-04"));
    }
}
