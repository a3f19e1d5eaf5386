package com.outsourcingledger.platform.testing;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.platform.problem.ProblemDetailsAdvice;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by the rule it names and the HTTP status its kind maps to. */
public final class RuleViolations {

    private RuleViolations() {
    }

    public static Matcher<Refusal> breaks(String rule, int status) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Refusal e) {
                return e.rule().equals(rule) && ProblemDetailsAdvice.statusOf(e.kind()) == status;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal breaking " + rule + " (" + status + ")");
            }

            @Override
            protected void describeMismatchSafely(Refusal e, Description mismatch) {
                mismatch.appendText("broke " + e.rule() + " (" + ProblemDetailsAdvice.statusOf(e.kind()) + "): " + e.getMessage());
            }
        };
    }
}
