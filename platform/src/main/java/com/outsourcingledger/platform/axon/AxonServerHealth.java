package com.outsourcingledger.platform.axon;

import com.outsourcingledger.platform.problem.StoreProbe;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.Optional;

/**
 * Whether this app is connected to Axon Server's context, under the {@code axonserver} profile: DOWN while it is
 * not, so monitoring and compose's health checks notice a lost server. (Axon's own indicator needs Spring Boot 3
 * and is silently absent on Boot 4.) Processors whose event stream was closed show in {@link EventProcessorsHealth}.
 */
public final class AxonServerHealth implements HealthIndicator, StoreProbe {

    private final AxonServerConnectionManager connections;

    public AxonServerHealth(AxonServerConnectionManager connections) {
        this.connections = connections;
    }

    @Override
    public Health health() {
        String context = connections.getDefaultContext();
        boolean connected = connections.isConnected(context);
        return (connected ? Health.up() : Health.down()).withDetail("context", context)
                .withDetail("connected", connected).build();
    }

    @Override
    public Optional<String> unreachable() {
        return connections.isConnected(connections.getDefaultContext()) ? Optional.empty() : Optional.of("Axon Server");
    }
}
