package com.outsourcingledger.platform.web.openapi;

import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A summary for an operation that declares none: {@code VendorSanctionController.suspend} is "Suspend (vendor sanction)". */
final class Summaries {

    private Summaries() {
    }

    static String of(HandlerMethod handler) {
        String controller = handler.getMethod().getDeclaringClass().getSimpleName().replaceFirst("Controller$", "");
        String act = String.join(" ", words(handler.getMethod().getName()));
        String summary = Character.toUpperCase(act.charAt(0)) + act.substring(1);
        return controller.isEmpty() ? summary : summary + " (" + String.join(" ", words(controller)) + ")";
    }

    static List<String> words(String camelCase) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= camelCase.length(); i++) {
            if (i == camelCase.length() || (Character.isUpperCase(camelCase.charAt(i))
                    && Character.isLowerCase(camelCase.charAt(i - 1)))) {
                words.add(camelCase.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
            }
        }
        return words;
    }
}
