package com.outsourcingledger.system;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every endpoint that admits VENDOR, each with a call on the acting vendor's own thing and the same call on another
 * vendor's. {@code VendorEndpointsGuardTest} fails for an endpoint of either app that admits VENDOR and has no case
 * here; {@code ContractLifecycleEndToEndTest#aVendorUserReachesOnlyItsOwnVendorsThingsOnEveryVendorEndpoint} runs every
 * case over HTTP: another vendor's is refused (403 or 404) with nothing written, its own succeeds.
 */
final class VendorEndpoints {

    enum App { COMMAND, QUERY }

    /** Two admitted vendors, each with an active contract and an open rectification notice; A's user acts. */
    record World(String vendorA, String vendorB, String contractA, String contractB, String noticeA, String noticeB) {
    }

    /** {@code writes}: the aggregate a write would append to (to prove nothing was), null for a read. */
    record Call(App app, String method, String path, Object body, String writes) {
    }

    /** {@code endpoint}: the controller's class below {@code com.outsourcingledger.}, then {@code #method}. */
    record Case(String endpoint, Function<World, Call> own, Function<World, Call> other) {
    }

    static final List<Case> CASES = List.of(
            new Case("query.contract.ContractController#findContract",
                    w -> read("/contracts/" + w.contractA()), w -> read("/contracts/" + w.contractB())),
            new Case("query.contract.ContractController#findContracts",
                    w -> read("/contracts"), w -> read("/contracts?vendorId=" + w.vendorB())),
            new Case("query.vendor.VendorController#findVendor",
                    w -> read("/vendors/" + w.vendorA()), w -> read("/vendors/" + w.vendorB())),
            new Case("command.contract.ContractPerformanceController#plan",
                    w -> plan(w.contractA(), w.noticeA()), w -> plan(w.contractB(), w.noticeB())));

    private VendorEndpoints() {
    }

    static Set<String> covered() {
        return CASES.stream().map(Case::endpoint).collect(Collectors.toSet());
    }

    private static Call read(String path) {
        return new Call(App.QUERY, "GET", path, null, null);
    }

    private static Call plan(String contractId, String noticeId) {
        return new Call(App.COMMAND, "POST", "/contracts/" + contractId + "/rectification-notices/" + noticeId
                + "/plan", Map.of("plan", "加强培训，增加质检频次"), contractId);
    }
}
