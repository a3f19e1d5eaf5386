package com.outsourcingledger.query.sse;

import com.outsourcingledger.api.refusal.RequestRuleCodes;
import com.outsourcingledger.platform.problem.Unavailability;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * Every subscription slot is taken: 503 with Retry-After, a problem with its rule. Not a {@code Refusal}, whose
 * kinds are the client's fault; this one passes as soon as another subscriber leaves.
 */
public final class SubscriptionsFull extends ErrorResponseException {

    public SubscriptionsFull(int maxSubscribers) {
        this("event stream", maxSubscribers, RequestRuleCodes.EVENT_STREAM_SUBSCRIPTIONS_FULL);
    }

    /** All {@code maxSubscribers} slots of the server-sent-events {@code feed} are taken, refused by {@code rule}. */
    public SubscriptionsFull(String feed, int maxSubscribers, String rule) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(feed, maxSubscribers, rule), null);
    }

    private static ProblemDetail problem(String feed, int maxSubscribers, String rule) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "All " + maxSubscribers + " " + feed + " subscriptions are taken; retry later");
        problem.setType(URI.create("https://outsourcing-ledger.example/problems/" + rule));
        problem.setTitle(HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
        problem.setProperty("rule", rule);
        return problem;
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailability.RETRY_AFTER_SECONDS));
        return headers;
    }
}
