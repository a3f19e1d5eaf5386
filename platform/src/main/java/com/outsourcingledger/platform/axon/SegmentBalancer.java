package com.outsourcingledger.platform.axon;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares each split tracking processor's segments among the nodes running it. Every node runs a thread per segment,
 * so a node alone processes them all and takes over a stopped node's segments (Axon's idle threads claim any segment
 * whose claim was released or has timed out). Axon does not rebalance by itself, so every few seconds each node
 * says it runs the processor ({@code processor_node}), counts the live nodes (seen, or holding a fresh claim, within
 * the claim timeout) and releases for a while the segments it holds beyond its fair share, ceil(segments / nodes),
 * or one when it holds two more than the least loaded node; another node's idle thread then claims it.
 */
final class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final String node;
    private final Duration interval;
    private final Duration claimTimeout;
    private final Duration release;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Long> releasedUntil = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService ticker;

    private record Claim(String processor, int segment, String owner, String timestamp) {
    }

    SegmentBalancer(EventProcessingConfiguration processing, JdbcClient jdbc, String node, Duration interval,
                    Duration claimTimeout, Duration release) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.node = node;
        this.interval = interval;
        this.claimTimeout = claimTimeout;
        this.release = release;
    }

    private void balance() {
        try {
            long now = clock.millis();
            Map<String, List<Claim>> claims = new HashMap<>();
            jdbc.sql("SELECT processorname, segment, owner, timestamp FROM tokenentry")
                    .query((rs, row) -> new Claim(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                    .list()
                    .forEach(claim -> claims.computeIfAbsent(claim.processor(), p -> new ArrayList<>())
                            .add(claim));
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming) {
                    balance(name, streaming, claims.getOrDefault(name, List.of()), now);
                }
            });
            jdbc.sql("DELETE FROM processor_node WHERE seen_at < ?")
                    .param(now - 6 * claimTimeout.toMillis()).update();
        } catch (RuntimeException e) {
            log.debug("Segment balancing skipped this round: {}", e.toString());
        }
    }

    private void balance(String name, StreamingEventProcessor processor, List<Claim> claims, long now) {
        if (claims.size() < 2 || !processor.isRunning() || processor.isError()) {
            return;
        }
        seen(name, now);
        Map<String, Integer> load = new HashMap<>();
        jdbc.sql("SELECT node FROM processor_node WHERE processor_name = ? AND seen_at >= ?")
                .params(name, now - claimTimeout.toMillis())
                .query(String.class).list()
                .forEach(live -> load.put(live, 0));
        load.putIfAbsent(node, 0);
        claims.stream()
                .filter(claim -> claim.owner() != null && !claim.owner().equals(node) && fresh(claim, now))
                .forEach(claim -> load.merge(claim.owner(), 1, Integer::sum));
        List<Integer> mine = processor.processingStatus().keySet().stream()
                .filter(segment -> releasedUntil.getOrDefault(name + "/" + segment, Long.MIN_VALUE) < now)
                .sorted(Collections.reverseOrder())
                .toList();
        load.put(node, mine.size());
        int fair = (claims.size() + load.size() - 1) / load.size();
        int least = Collections.min(load.values());
        int extra = mine.size() > fair ? mine.size() - fair : mine.size() - least >= 2 ? 1 : 0;
        mine.stream().limit(extra).forEach(segment -> {
            log.info("Releasing segment {} of {} to another node: {} live nodes share {} segments",
                    segment, name, load.size(), claims.size());
            releasedUntil.put(name + "/" + segment, now + release.toMillis());
            processor.releaseSegment(segment, release.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private boolean fresh(Claim claim, long now) {
        return claim.timestamp() != null
                && DateTimeUtils.parseInstant(claim.timestamp()).toEpochMilli() + claimTimeout.toMillis() >= now;
    }

    private void seen(String processor, long now) {
        if (jdbc.sql("UPDATE processor_node SET seen_at = ? WHERE processor_name = ? AND node = ?")
                .params(now, processor, node).update() == 0) {
            jdbc.sql("INSERT INTO processor_node (processor_name, node, seen_at) VALUES (?, ?, ?)")
                    .params(processor, node, now).update();
        }
    }

    @Override
    public void start() {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::balance, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Says this node has gone before its processors release their claims, so the survivors keep them all. */
    @Override
    public void stop() {
        ScheduledExecutorService stopping = ticker;
        ticker = null;
        stopping.shutdown();
        try {
            stopping.awaitTermination(interval.toMillis(), TimeUnit.MILLISECONDS);
            jdbc.sql("DELETE FROM processor_node WHERE node = ?").param(node).update();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.debug("Could not withdraw node {} from segment balancing: {}", node, e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return ticker != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
