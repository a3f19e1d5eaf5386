package com.outsourcingledger.api.vendor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "914403001922038216"})
    void acceptsPublishedCodes(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(new CreditCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "9135010M000100Y43", "91350100M000100Y433", "91350100I000100Y43",
            "91350100m000100Y43", ""})
    void rejectsWrongCheckCharacterLengthOrAlphabet(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> new CreditCode(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GB 32100-2015");
    }

    @Test
    void completesSeventeenCharactersWithTheirCheckCharacter() {
        assertThat(CreditCode.checkCharacterFor("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void rejectsAWrongOrganizationCodeCheckCharacterEvenWhenTheLastOneFits() {
        String first17 = "91350100M000100Y5";
        String code = first17 + CreditCode.checkCharacterFor(first17);

        assertThat(CreditCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> new CreditCode(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GB 11714");
    }

    @Test
    void completesSixteenCharactersWithBothCheckCharacters() {
        assertThat(CreditCode.complete("91350100M000100Y")).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.complete("9111000060003734")).isEqualTo("91110000600037341L");
        assertThat(CreditCode.isValid(CreditCode.complete("91310000MA1FL123"))).isTrue();
    }
}
