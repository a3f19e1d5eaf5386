package com.outsourcingledger.platform.testing;

import com.outsourcingledger.platform.problem.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by the rule it names and the HTTP status it maps to. */
public final class RuleViolations {

    private RuleViolations() {
    }

    public static Matcher<RuleViolationException> breaks(String rule, int status) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return e.rule().equals(rule) && e.status() == status;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolationException breaking " + rule + " (" + status + ")");
            }

            @Override
            protected void describeMismatchSafely(RuleViolationException e, Description mismatch) {
                mismatch.appendText("broke " + e.rule() + " (" + e.status() + "): " + e.getMessage());
            }
        };
    }
}
