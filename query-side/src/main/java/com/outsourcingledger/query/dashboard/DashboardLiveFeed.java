package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.dashboard.DashboardQuery.Dashboard;
import com.outsourcingledger.api.dashboard.DashboardQuery.FindDashboard;
import com.outsourcingledger.api.refusal.RequestRuleCodes;
import com.outsourcingledger.query.sse.EventStreamProperties;
import com.outsourcingledger.query.sse.SubscriptionsFull;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The subscribers of {@code /dashboard/live}: each a subscription query whose results are written as events, at
 * most {@code ledger.event-stream.max-subscribers} at once. Like the event stream, every subscriber gets a
 * comment each {@code ledger.event-stream.heartbeat}: a client that left is only noticed when a write fails, and
 * the dashboard alone may not change for hours. Ends every subscriber when the context starts closing, before the
 * web server's graceful shutdown would wait for these never-ending responses.
 */
@Component
class DashboardLiveFeed implements ApplicationListener<ContextClosedEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DashboardLiveFeed.class);
    private static final Duration LIVE_FOR = Duration.ofMinutes(30);

    private final QueryGateway queryGateway;
    private final int maxSubscribers;
    private final Semaphore slots;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("dashboard-live-heartbeat").daemon().factory());

    DashboardLiveFeed(QueryGateway queryGateway, EventStreamProperties properties) {
        this.queryGateway = queryGateway;
        this.maxSubscribers = properties.maxSubscribers();
        this.slots = new Semaphore(maxSubscribers);
        long every = properties.heartbeat().toMillis();
        heartbeats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    SseEmitter subscribe() {
        if (!slots.tryAcquire()) {
            throw new SubscriptionsFull("dashboard live feed", maxSubscribers,
                    RequestRuleCodes.DASHBOARD_LIVE_SUBSCRIPTIONS_FULL);
        }
        Subscriber subscriber;
        try {
            subscriber = new Subscriber(new SseEmitter(LIVE_FOR.toMillis()), queryGateway.subscriptionQuery(
                    new FindDashboard(), ResponseTypes.instanceOf(Dashboard.class),
                    ResponseTypes.instanceOf(Dashboard.class)));
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        subscribers.add(subscriber);
        subscriber.start();
        return subscriber.sse;
    }

    /** Subscribers holding a slot now. */
    int activeSubscribers() {
        return maxSubscribers - slots.availablePermits();
    }

    private void beat() {
        for (Subscriber subscriber : subscribers) {
            subscriber.send(SseEmitter.event().comment("heartbeat"));
        }
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent closed) {
        destroy();
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
        for (Subscriber subscriber : List.copyOf(subscribers)) {
            subscriber.end();
        }
    }

    private final class Subscriber {

        private final SseEmitter sse;
        private final SubscriptionQueryResult<Dashboard, Dashboard> subscription;
        private final AtomicBoolean ended = new AtomicBoolean();

        Subscriber(SseEmitter sse, SubscriptionQueryResult<Dashboard, Dashboard> subscription) {
            this.sse = sse;
            this.subscription = subscription;
            sse.onCompletion(this::end);
            sse.onTimeout(this::end);
            sse.onError(error -> end());
        }

        void start() {
            subscription.initialResult()
                    .concatWith(subscription.updates())
                    .subscribe(dashboard -> send(SseEmitter.event().name("dashboard")
                            .data(dashboard, MediaType.APPLICATION_JSON)), error -> end(), this::end);
        }

        /** Writes, or ends this subscriber when the write fails: the client left. */
        void send(SseEmitter.SseEventBuilder event) {
            if (ended.get()) {
                return;
            }
            try {
                sse.send(event);
            } catch (IOException | IllegalStateException gone) {
                log.info("dashboard live feed subscriber left");
                end();
            } catch (RuntimeException e) {
                log.warn("dashboard live feed write failed", e);
                end();
            }
        }

        void end() {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            subscribers.remove(this);
            slots.release();
            subscription.cancel();
            try {
                sse.complete();
            } catch (RuntimeException alreadyCompleted) {
                // the response is gone already
            }
        }
    }
}
