package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.VendorRuleCodes;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.RequiredDocuments;
import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorCommand.AddQualification;
import com.outsourcingledger.api.vendor.VendorCommand.RenewQualification;
import com.outsourcingledger.api.vendor.VendorEvent.*;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.command.vendor.VendorDeadlines.QualificationExpiry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.outsourcingledger.api.vendor.VendorStatus.*;
import static com.outsourcingledger.command.vendor.VendorRules.requireNotBlacklisted;
import static com.outsourcingledger.command.vendor.VendorRules.requireValidity;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The vendor's qualification documents: added, renewed, and expired the day after they lapse. A lapsed required
 * qualification suspends the vendor; renewing the last one reinstates it unless a decision suspended it too.
 */
class Qualifications {

    private record Qualification(QualificationType type, LocalDate validFrom, LocalDate validUntil, boolean required,
                                 boolean expired) {

        boolean validOn(LocalDate day) {
            return !expired && (validFrom == null || !validFrom.isAfter(day)) && !validUntil.isBefore(day);
        }
    }

    private final Vendor vendor;
    private final Map<String, Qualification> byId = new HashMap<>();
    private boolean suspendedByDecision;

    Qualifications(Vendor vendor) {
        this.vendor = vendor;
    }

    @CommandHandler
    void handle(AddQualification command, Clock clock, DeadlineManager deadlines) {
        requireNotBlacklisted(VendorRuleCodes.QUALIFICATION_BLACKLISTED, vendor.id(), vendor.status());
        if (byId.containsKey(command.qualificationId())) {
            throw Refusal.conflict(VendorRuleCodes.QUALIFICATION_ALREADY_ADDED,
                    "Vendor " + vendor.id() + " already has qualification " + command.qualificationId());
        }
        requireValidity(VendorRuleCodes.QUALIFICATION_INVALID_VALIDITY, command.validFrom(), command.validUntil());
        apply(new QualificationAdded(vendor.id(), command.qualificationId(), command.type(), command.number(),
                command.issuer(), command.validFrom(), command.validUntil(), command.required()));
        VendorDeadlines.scheduleExpiry(deadlines, command.qualificationId(), command.validUntil(), clock.getZone());
    }

    @CommandHandler
    void handle(RenewQualification command, Clock clock, DeadlineManager deadlines) {
        requireNotBlacklisted(VendorRuleCodes.QUALIFICATION_RENEWAL_BLACKLISTED, vendor.id(), vendor.status());
        Qualification renewed = byId.get(command.qualificationId());
        if (renewed == null) {
            throw Refusal.notFound(VendorRuleCodes.QUALIFICATION_NOT_FOUND,
                    "Vendor " + vendor.id() + " has no qualification " + command.qualificationId());
        }
        requireValidity(VendorRuleCodes.QUALIFICATION_RENEWAL_INVALID_VALIDITY, command.validFrom(),
                command.validUntil());
        if (!command.validUntil().isAfter(LocalDate.now(clock))) {
            throw Refusal.unprocessable(VendorRuleCodes.QUALIFICATION_RENEWAL_NOT_IN_FUTURE,
                    "A renewed qualification must be valid beyond today, not only until " + command.validUntil());
        }
        apply(new QualificationRenewed(vendor.id(), command.qualificationId(), command.number(), command.validFrom(),
                command.validUntil()));
        VendorDeadlines.scheduleExpiry(deadlines, command.qualificationId(), command.validUntil(), clock.getZone());
        if (vendor.status() == SUSPENDED && renewed.required() && renewed.expired() && !suspendedByDecision
                && expiredRequired().isEmpty()) {
            apply(new VendorReinstated(vendor.id(), "qualification renewed"));
        }
    }

    /** Fires the day after validUntil; a renewal since then moved validUntil, so it no longer matches. */
    @DeadlineHandler
    void handle(QualificationExpiry deadline) {
        Qualification expiring = byId.get(deadline.qualificationId());
        VendorStatus status = vendor.status();
        if (status == BLACKLISTED || expiring == null || expiring.expired()
                || !expiring.validUntil().equals(deadline.validUntil())) {
            return;
        }
        boolean alreadyHeldByExpiry = status == SUSPENDED && !expiredRequired().isEmpty();
        apply(new VendorQualificationExpired(vendor.id(), deadline.qualificationId(), expiring.type(),
                expiring.validUntil()));
        if (expiring.required() && (status == ADMITTED || status == SUSPENDED && !alreadyHeldByExpiry)) {
            apply(new VendorSuspended(vendor.id(), SuspensionCause.QUALIFICATION_EXPIRED,
                    "Required qualification " + deadline.qualificationId() + " (" + expiring.type()
                            + ") expired after " + expiring.validUntil(), List.of()));
        }
    }

    /**
     * The documents {@link DocumentPolicy} requires of a vendor serving {@code categories}, each valid on
     * {@code day}; refused when one is missing.
     */
    RequiredDocuments requireOnFile(Set<VendorCategory> categories, LocalDate day) {
        Set<QualificationType> required = DocumentPolicy.requiredFor(categories);
        Set<QualificationType> missing = EnumSet.copyOf(required);
        List<String> meeting = byId.entrySet().stream()
                .filter(entry -> required.contains(entry.getValue().type()) && entry.getValue().validOn(day))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        meeting.forEach(id -> missing.remove(byId.get(id).type()));
        if (!missing.isEmpty()) {
            throw Refusal.unprocessable(VendorRuleCodes.ADMISSION_REQUIRED_DOCUMENT_MISSING, "Document policy "
                    + DocumentPolicy.VERSION + " requires " + missing + " on file, valid on " + day
                    + "; add or renew them first");
        }
        return new RequiredDocuments(DocumentPolicy.VERSION, required, meeting);
    }

    Set<String> ids() {
        return Set.copyOf(byId.keySet());
    }

    /** Ids of the required qualifications that have expired and not been renewed since, sorted. */
    List<String> expiredRequired() {
        return byId.entrySet().stream()
                .filter(entry -> entry.getValue().required() && entry.getValue().expired())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    @EventSourcingHandler
    void on(QualificationAdded event) {
        byId.put(event.qualificationId(), new Qualification(event.type(), event.validFrom(), event.validUntil(),
                event.required(), false));
    }

    @EventSourcingHandler
    void on(QualificationRenewed event) {
        Qualification renewed = byId.get(event.qualificationId());
        byId.put(event.qualificationId(),
                new Qualification(renewed.type(), event.validFrom(), event.validUntil(), renewed.required(), false));
    }

    @EventSourcingHandler
    void on(VendorQualificationExpired event) {
        Qualification expired = byId.get(event.qualificationId());
        byId.put(event.qualificationId(),
                new Qualification(expired.type(), expired.validFrom(), expired.validUntil(), expired.required(), true));
    }

    @EventSourcingHandler
    void on(VendorSuspended event) {
        suspendedByDecision |= event.cause() == SuspensionCause.DECISION;
    }

    @EventSourcingHandler
    void on(VendorReinstated event) {
        suspendedByDecision = false;
    }

    @EventSourcingHandler
    void on(VendorEliminated event) {
        suspendedByDecision = false;
    }
}
