package com.outsourcingledger.query.stream.delivery;

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
final class SubscriptionsFull extends ErrorResponseException {

    SubscriptionsFull(int maxSubscribers) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(maxSubscribers), null);
    }

    private static ProblemDetail problem(int maxSubscribers) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "All " + maxSubscribers + " event stream subscriptions are taken; retry later");
        problem.setType(URI.create("https://outsourcing-ledger.example/problems/"
                + RequestRuleCodes.EVENT_STREAM_SUBSCRIPTIONS_FULL));
        problem.setTitle(HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
        problem.setProperty("rule", RequestRuleCodes.EVENT_STREAM_SUBSCRIPTIONS_FULL);
        return problem;
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailability.RETRY_AFTER_SECONDS));
        return headers;
    }
}
