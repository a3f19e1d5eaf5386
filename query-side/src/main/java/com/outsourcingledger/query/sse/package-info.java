/**
 * What every server-sent-events feed of query-side shares, whichever feature serves it: the heartbeat and
 * subscriber bound ({@code ledger.event-stream.*}) and the 503 a full feed answers. A kit: it knows no feature.
 */
package com.outsourcingledger.query.sse;
