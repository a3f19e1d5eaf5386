package com.outsourcingledger.command.worker;

/** The badge numbers already taken, which no single worker stream can see. */
interface BadgeNumbers {

    /**
     * Takes {@code badgeNumber} for {@code workerId}; claiming it again for the same worker is a retry and succeeds.
     *
     * @throws com.outsourcingledger.api.refusal.Refusal when another worker holds it
     */
    void claim(String badgeNumber, String workerId);
}
