package com.outsourcingledger.api.vendor;

import java.util.Objects;

/**
 * Unified social credit code (统一社会信用代码): 18 characters whose last one is a check character
 * computed per GB 32100-2015, and whose characters 9 to 17 are an organization code (组织机构代码) whose own
 * last character is a check character per GB 11714-1997.
 */
public record CreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int ORGANIZATION_CODE_START = 8;

    public CreditCode {
        Objects.requireNonNull(value, "credit code");
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    "not a valid unified social credit code (GB 32100-2015, GB 11714-1997): " + value);
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
        return candidate.charAt(17) == checkCharacter(sum)
                && candidate.charAt(16) == organizationCheckCharacter(candidate.substring(ORGANIZATION_CODE_START, 16));
    }

    /** A valid code from its first 16 characters: the organization code's check character, then the code's own. */
    public static String complete(String first16) {
        String first17 = first16 + organizationCheckCharacter(first16.substring(ORGANIZATION_CODE_START));
        return first17 + checkCharacterFor(first17);
    }

    /** GB 11714: digits count as themselves, letters from 10 (A) on; 10 is written X and 11 as 0. */
    private static char organizationCheckCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < ORGANIZATION_WEIGHTS.length; i++) {
            char c = body.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * ORGANIZATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? '0' : check == 10 ? 'X' : (char) ('0' + check);
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
