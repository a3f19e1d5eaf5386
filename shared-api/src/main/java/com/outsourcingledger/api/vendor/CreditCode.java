package com.outsourcingledger.api.vendor;

import java.util.Objects;

/**
 * Unified social credit code (统一社会信用代码): 18 characters whose last one is a check character
 * computed per GB 32100-2015.
 */
public record CreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        Objects.requireNonNull(value, "credit code");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid unified social credit code (GB 32100-2015): " + value);
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int code = ALPHABET.indexOf(candidate.charAt(i));
            if (code < 0) {
                return false;
            }
            sum += code * WEIGHTS[i];
        }
        return candidate.charAt(17) == checkCharacter(sum);
    }

    /** The check character that completes the first 17 characters of a code. */
    public static char checkCharacterFor(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return checkCharacter(sum);
    }

    private static char checkCharacter(int weightedSum) {
        return ALPHABET.charAt((31 - weightedSum % 31) % 31);
    }

    @Override
    public String toString() {
        return value;
    }
}
