package com.outsourcingledger.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * @param application    which app this is ("command-side" or "query-side"); names its own migration set
 * @param zone           the client's zone: business dates and date-based deadlines are taken in it
 * @param eventPollDelay how long the event store waits before polling the database again when idle; this
 *                       bounds how late the other process sees a new event
 * @param deadlinePoll   how often durable deadlines are polled for
 * @param eventBatch     at most how many events a tracking processor handles in one transaction; a projection
 *                       reads and writes once per batch, so this sets the speed of a rebuild, while a live
 *                       processor takes what has arrived without waiting for a batch to fill
 * @param eventFetch     how many events one query reads from the JDBC event store; every reader (a processor's
 *                       stream, an integrator's event stream) holds up to this many in memory
 * @param processors     per tracking processor (by processing group): how many segments its token is split into
 *                       when first created, and how many of them one node processes at once (one thread each);
 *                       a processor not named here has one segment and one thread
 * @param node           this node's name in token claims and in the segment balancer; by default Axon's pid@host,
 *                       unique per JVM
 * @param balanceInterval how often this node compares its share of each split processor's segments with the
 *                       other live nodes' and releases any beyond its fair share (see SegmentBalancer)
 * @param claimTimeout   how long a node's claim on a segment holds without being extended (a live node extends it
 *                       at least every second, and after every batch): then another node may take the segment, so
 *                       this bounds how long a dead node's segments wait, and must exceed the longest batch
 * @param aggregateCache how many aggregates of each type a command-side node keeps in memory between commands
 *                       (see StoreCheckedCache); 0 reads every aggregate from the store for every command
 * @param processorLinger how long a tracking processor that was waiting for events lets more arrive after the first
 *                       before it handles them as one batch (one transaction); a processor with events queued does
 *                       not wait. 0 (the default) handles each event as soon as it is read: measured, 10 ms cut
 *                       transactions per command by a fifth below saturation but not CPU, and delayed visibility
 */
@ConfigurationProperties("ledger")
public record LedgerProperties(String application, ZoneId zone, Duration eventPollDelay, Duration deadlinePoll,
                               Integer eventBatch, Integer eventFetch, Map<String, Processor> processors,
                               String node, Duration balanceInterval, Duration claimTimeout,
                               Integer aggregateCache, Duration processorLinger) {

    public LedgerProperties {
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        eventPollDelay = eventPollDelay == null ? Duration.ofMillis(20) : eventPollDelay;
        deadlinePoll = deadlinePoll == null ? Duration.ofSeconds(1) : deadlinePoll;
        eventBatch = eventBatch == null ? 5000 : eventBatch;
        eventFetch = eventFetch == null ? 1000 : eventFetch;
        processors = processors == null ? Map.of() : Map.copyOf(processors);
        node = node == null || node.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : node;
        balanceInterval = balanceInterval == null ? Duration.ofSeconds(2) : balanceInterval;
        claimTimeout = claimTimeout == null ? Duration.ofSeconds(10) : claimTimeout;
        aggregateCache = aggregateCache == null ? 8192 : aggregateCache;
        processorLinger = processorLinger == null ? Duration.ZERO : processorLinger;
    }

    /** {@code threads} defaults to {@code segments}: one node alone processes them all. */
    public record Processor(Integer segments, Integer threads) {

        public Processor {
            segments = segments == null ? 1 : segments;
            threads = threads == null ? segments : threads;
        }
    }
}
