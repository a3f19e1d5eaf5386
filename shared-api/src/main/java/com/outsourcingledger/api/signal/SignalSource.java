package com.outsourcingledger.api.signal;

/**
 * One stored event a signal was raised from: its identifier, the aggregate it belongs to and its place in that
 * aggregate's history, and its event name ({@code InstructionIssuedToVendor}), so an auditor can open it.
 */
public record SignalSource(String eventId, String aggregateType, String aggregateId, long sequenceNumber,
                           String eventName) {
}
