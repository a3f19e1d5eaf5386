package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.vendor.QualificationType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the vendor's qualification documents decide: which exist, until when, and which have expired. */
final class Qualifications {

    record Qualification(QualificationType type, LocalDate validUntil, boolean required, boolean expired) {
    }

    private final Map<String, Qualification> byId = new HashMap<>();

    void add(String qualificationId, QualificationType type, LocalDate validUntil, boolean required) {
        byId.put(qualificationId, new Qualification(type, validUntil, required, false));
    }

    void renew(String qualificationId, LocalDate validUntil) {
        Qualification renewed = byId.get(qualificationId);
        byId.put(qualificationId, new Qualification(renewed.type(), validUntil, renewed.required(), false));
    }

    void expire(String qualificationId) {
        Qualification expired = byId.get(qualificationId);
        byId.put(qualificationId, new Qualification(expired.type(), expired.validUntil(), expired.required(), true));
    }

    Optional<Qualification> find(String qualificationId) {
        return Optional.ofNullable(byId.get(qualificationId));
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
}
