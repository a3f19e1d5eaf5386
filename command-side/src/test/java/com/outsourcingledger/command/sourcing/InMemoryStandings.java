package com.outsourcingledger.command.sourcing;

import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.command.lookup.VendorRegistry;
import com.outsourcingledger.command.lookup.VendorStatuses;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Vendors and projects as a test states them, with the same claim semantics as the JDBC table. */
final class InMemoryStandings implements VendorStatuses, VendorRegistry, ProjectStandings {

    private final Map<String, VendorStatus> vendors = new HashMap<>();
    private final Map<String, List<ProjectEvent>> projects = new HashMap<>();
    private final Map<String, String> claims = new HashMap<>();
    private final Map<String, String> registrants = new HashMap<>();

    void vendor(String vendorId, VendorStatus status) {
        vendors.put(vendorId, status);
    }

    void registeredBy(String vendorId, String user) {
        registrants.put(vendorId, user);
    }

    void project(String projectId, ProjectEvent... history) {
        projects.put(projectId, List.of(history));
    }

    Optional<String> claimOf(String projectId) {
        return Optional.ofNullable(claims.get(projectId));
    }

    @Override
    public Optional<VendorStatus> statusOf(String vendorId) {
        return Optional.ofNullable(vendors.get(vendorId));
    }

    @Override
    public boolean isRegistered(String vendorId) {
        return vendors.containsKey(vendorId);
    }

    @Override
    public Optional<String> registrantOf(String vendorId) {
        return Optional.ofNullable(registrants.get(vendorId));
    }

    @Override
    public Optional<ProjectStanding> find(String projectId) {
        return Optional.ofNullable(projects.get(projectId)).map(ProjectStanding::of);
    }

    @Override
    public void claim(String projectId, String sourcingId, String cancelledSourcingId) {
        if (cancelledSourcingId != null) {
            claims.replace(projectId, cancelledSourcingId, sourcingId);
        }
        String holder = claims.putIfAbsent(projectId, sourcingId);
        if (holder != null && !holder.equals(sourcingId)) {
            throw SourcingRules.alreadySourcing(projectId, holder);
        }
    }
}
