package com.outsourcingledger.query.stream.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How Java names become the words of event type names and resource paths. */
final class Names {

    private Names() {
    }

    static String dotted(String camelCase) {
        return String.join(".", words(camelCase));
    }

    static String kebab(String camelCase) {
        return String.join("-", words(camelCase));
    }

    static String plural(String noun) {
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    /** {@code DueDiligenceFindingRecorded} → due, diligence, finding, recorded; {@code SLABreached} → sla, breached. */
    static List<String> words(String camelCase) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= camelCase.length(); i++) {
            boolean end = i == camelCase.length();
            if (end || startsWord(camelCase, i)) {
                words.add(camelCase.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
            }
        }
        return words;
    }

    private static boolean startsWord(String s, int i) {
        char c = s.charAt(i);
        char previous = s.charAt(i - 1);
        if (Character.isUpperCase(c)) {
            return Character.isLowerCase(previous) || Character.isDigit(previous)
                    || (i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1)) && Character.isUpperCase(previous));
        }
        return Character.isDigit(c) && !Character.isDigit(previous);
    }
}
