package com.outsourcingledger.command.vendor;

import org.axonframework.deadline.DeadlineManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * Durable deadlines of one vendor, each due at the start of the day after the date it guards, in the
 * client's zone. One name per qualification, so a renewal cancels exactly that qualification's deadline;
 * the payload repeats the date it guards, so a deadline that outlived a renewal changes nothing.
 */
final class VendorDeadlines {

    static final String ANNUAL_REVIEW = "vendor-annual-review";
    private static final String QUALIFICATION_EXPIRY = "vendor-qualification-expiry:";

    record AnnualReviewDue(LocalDate dueOn) {
    }

    record QualificationExpiry(String qualificationId, LocalDate validUntil) {
    }

    private VendorDeadlines() {
    }

    static void scheduleAnnualReview(DeadlineManager deadlines, LocalDate dueOn, ZoneId zone) {
        deadlines.cancelAllWithinScope(ANNUAL_REVIEW);
        deadlines.schedule(dayAfter(dueOn, zone), ANNUAL_REVIEW, new AnnualReviewDue(dueOn));
    }

    static void scheduleExpiry(DeadlineManager deadlines, String qualificationId, LocalDate validUntil, ZoneId zone) {
        deadlines.cancelAllWithinScope(qualificationExpiry(qualificationId));
        deadlines.schedule(dayAfter(validUntil, zone), qualificationExpiry(qualificationId),
                new QualificationExpiry(qualificationId, validUntil));
    }

    static void cancelAll(DeadlineManager deadlines, Collection<String> qualificationIds) {
        deadlines.cancelAllWithinScope(ANNUAL_REVIEW);
        qualificationIds.forEach(id -> deadlines.cancelAllWithinScope(qualificationExpiry(id)));
    }

    static String qualificationExpiry(String qualificationId) {
        return QUALIFICATION_EXPIRY + qualificationId;
    }

    static Instant dayAfter(LocalDate date, ZoneId zone) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
