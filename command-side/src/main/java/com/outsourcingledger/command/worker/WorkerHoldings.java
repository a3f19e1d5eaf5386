package com.outsourcingledger.command.worker;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.WorkerRuleCodes;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.WorkerCommand.*;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What a worker holds: access grants, requested by BUSINESS and approved by BUSINESS or HR other than the
 * requester, changed and revoked, each on record; and the assets issued and returned. A revocation or return after
 * the last service day is recorded as late, never refused; the one that leaves nothing held during offboarding
 * is the worker's exit.
 */
class WorkerHoldings {

    enum GrantState { PENDING, GRANTED, CLOSED }

    record Grant(String requester, AccessResourceType resourceType, String resource, String scope, GrantState state) {
        List<String> requesters() {
            return requester == null ? List.of() : List.of(requester);
        }

        Grant in(GrantState next) {
            return new Grant(requester, resourceType, resource, scope, next);
        }
    }

    private final Worker worker;
    private final Map<String, Grant> grants = new LinkedHashMap<>();
    private final Set<String> assets = new LinkedHashSet<>();
    private boolean late;

    WorkerHoldings(Worker worker) {
        this.worker = worker;
    }

    @CommandHandler
    void handle(RequestAccess command) {
        worker.requireStatus(WorkerRuleCodes.ACCESS_REQUEST_WRONG_STATUS, "an access request", Worker.SERVING);
        if (command.resourceType() == null || Refusal.isBlank(command.resource())) {
            throw Refusal.unprocessable(WorkerRuleCodes.ACCESS_REQUEST_RESOURCE_REQUIRED,
                    "An access request names the resource and its type: " + List.of(AccessResourceType.values()));
        }
        Refusal.requireText(WorkerRuleCodes.ACCESS_REQUEST_SCOPE_REQUIRED, command.scope(),
                "An access request states its scope");
        Refusal.requireText(WorkerRuleCodes.ACCESS_REQUEST_JUSTIFICATION_REQUIRED, command.justification(),
                "An access request states why the worker needs it");
        if (grants.containsKey(command.grantId())) {
            throw Refusal.conflict(WorkerRuleCodes.ACCESS_REQUEST_DUPLICATE_GRANT,
                    "Worker " + worker.workerId() + " already has an access request " + command.grantId());
        }
        apply(new AccessRequested(worker.workerId(), command.grantId(), command.resourceType(), command.resource(),
                command.scope(), command.justification()));
    }

    @CommandHandler
    void handle(ApproveAccess command, @MetaDataValue(MetadataKeys.USER) String user) {
        worker.requireStatus(WorkerRuleCodes.ACCESS_APPROVAL_WRONG_STATUS, "an access approval", Worker.SERVING);
        Grant grant = require(command.grantId(), GrantState.PENDING);
        Refusal.requireNotAuthor(WorkerRuleCodes.ACCESS_APPROVAL_OWN_REQUEST, "access approval", user,
                grant.requesters());
        apply(new AccessGranted(worker.workerId(), worker.contractId(), command.grantId(), grant.resourceType(),
                grant.resource(), grant.scope()));
    }

    @CommandHandler
    void handle(RejectAccess command) {
        require(command.grantId(), GrantState.PENDING);
        Refusal.requireText(WorkerRuleCodes.ACCESS_REJECTION_REASONS_REQUIRED, command.reasons(),
                "A rejected access request says why");
        apply(new AccessRequestRejected(worker.workerId(), command.grantId(), command.reasons()));
    }

    /** A change of scope is approved by its maker, so, like an approval, never by the grant's requester. */
    @CommandHandler
    void handle(ChangeAccess command, @MetaDataValue(MetadataKeys.USER) String user) {
        worker.requireStatus(WorkerRuleCodes.ACCESS_CHANGE_WRONG_STATUS, "an access change", Worker.SERVING);
        Grant grant = require(command.grantId(), GrantState.GRANTED);
        Refusal.requireNotAuthor(WorkerRuleCodes.ACCESS_CHANGE_OWN_REQUEST, "access change", user,
                grant.requesters());
        Refusal.requireText(WorkerRuleCodes.ACCESS_CHANGE_SCOPE_REQUIRED, command.scope(),
                "An access change states the new scope");
        Refusal.requireText(WorkerRuleCodes.ACCESS_CHANGE_JUSTIFICATION_REQUIRED, command.justification(),
                "An access change states why");
        apply(new AccessChanged(worker.workerId(), command.grantId(), command.scope(), command.justification()));
    }

    @CommandHandler
    void handle(RevokeAccess command, Clock clock) {
        require(command.grantId(), GrantState.GRANTED);
        LocalDate revokedOn = WorkerRules.requirePast(WorkerRuleCodes.ACCESS_REVOCATION_DATE_IN_FUTURE,
                command.revokedOn(), LocalDate.now(clock), "revocation");
        apply(new AccessRevoked(worker.workerId(), command.grantId(), revokedOn, worker.lastServiceDay(),
                after(revokedOn), command.notes()));
        worker.exitIfDone(revokedOn);
    }

    /**
     * Sent by the incident process for an information leak: every live grant revoked on the day, each naming the
     * incident. A worker holding no live grant (already revoked, or exited) has nothing to revoke, which is no refusal:
     * a redelivery of the leak meets exactly that.
     */
    @CommandHandler
    void handle(RevokeAccessForIncident command, Clock clock) {
        LocalDate revokedOn = WorkerRules.requirePast(WorkerRuleCodes.ACCESS_REVOCATION_DATE_IN_FUTURE,
                command.revokedOn(), LocalDate.now(clock), "revocation");
        List<String> live = liveGrants();
        for (String grantId : live) {
            apply(new AccessRevoked(worker.workerId(), grantId, revokedOn, worker.lastServiceDay(), after(revokedOn),
                    "Revoked for information-leak incident " + command.incidentId(), command.incidentId()));
        }
        if (!live.isEmpty()) {
            worker.exitIfDone(revokedOn);
        }
    }

    @CommandHandler
    void handle(IssueAsset command) {
        worker.requireStatus(WorkerRuleCodes.ASSET_ISSUE_WRONG_STATUS, "an asset issue", Worker.SERVING);
        Refusal.requireText(WorkerRuleCodes.ASSET_ISSUE_DESCRIPTION_REQUIRED, command.description(),
                "An issued asset is described");
        if (assets.contains(command.assetId())) {
            throw Refusal.conflict(WorkerRuleCodes.ASSET_ISSUE_ALREADY_HELD,
                    "Worker " + worker.workerId() + " already holds asset " + command.assetId());
        }
        apply(new AssetIssued(worker.workerId(), command.assetId(), command.description()));
    }

    @CommandHandler
    void handle(ReturnAsset command, Clock clock) {
        if (!assets.contains(command.assetId())) {
            throw Refusal.conflict(WorkerRuleCodes.ASSET_RETURN_NOT_HELD,
                    "Worker " + worker.workerId() + " holds no asset " + command.assetId());
        }
        LocalDate returnedOn = WorkerRules.requirePast(WorkerRuleCodes.ASSET_RETURN_DATE_IN_FUTURE,
                command.returnedOn(), LocalDate.now(clock), "return");
        apply(new AssetReturned(worker.workerId(), command.assetId(), returnedOn, worker.lastServiceDay(),
                after(returnedOn)));
        worker.exitIfDone(returnedOn);
    }

    private boolean after(LocalDate day) {
        return worker.lastServiceDay() != null && day.isAfter(worker.lastServiceDay());
    }

    private Grant require(String grantId, GrantState state) {
        Grant grant = grants.get(grantId);
        if (grant == null) {
            throw Refusal.notFound(WorkerRuleCodes.ACCESS_GRANT_UNKNOWN,
                    "Worker " + worker.workerId() + " has no access request " + grantId);
        }
        if (grant.state() != state) {
            throw Refusal.conflict(state == GrantState.PENDING ? WorkerRuleCodes.ACCESS_GRANT_NOT_PENDING
                    : WorkerRuleCodes.ACCESS_GRANT_NOT_GRANTED, "Access " + grantId + " of worker "
                    + worker.workerId() + " is " + grant.state() + ", not " + state);
        }
        return grant;
    }

    boolean empty() {
        return assets.isEmpty() && liveGrants().isEmpty();
    }

    boolean late() {
        return late;
    }

    List<String> liveGrants() {
        return grants.entrySet().stream().filter(e -> e.getValue().state() == GrantState.GRANTED)
                .map(Map.Entry::getKey).toList();
    }

    List<String> heldAssets() {
        return List.copyOf(assets);
    }

    List<String> held() {
        List<String> held = new ArrayList<>(liveGrants());
        held.addAll(assets);
        return held;
    }

    @EventSourcingHandler
    void on(AccessRequested event, @MetaDataValue(MetadataKeys.USER) String user) {
        grants.put(event.grantId(), new Grant(user, event.resourceType(), event.resource(), event.scope(),
                GrantState.PENDING));
    }

    @EventSourcingHandler
    void on(AccessGranted event) {
        grants.computeIfPresent(event.grantId(), (id, grant) -> grant.in(GrantState.GRANTED));
    }

    @EventSourcingHandler
    void on(AccessRequestRejected event) {
        grants.computeIfPresent(event.grantId(), (id, grant) -> grant.in(GrantState.CLOSED));
    }

    @EventSourcingHandler
    void on(AccessRevoked event) {
        grants.computeIfPresent(event.grantId(), (id, grant) -> grant.in(GrantState.CLOSED));
        late |= event.late();
    }

    @EventSourcingHandler
    void on(AssetIssued event) {
        assets.add(event.assetId());
    }

    @EventSourcingHandler
    void on(AssetReturned event) {
        assets.remove(event.assetId());
        late |= event.late();
    }
}
