package com.outsourcingledger.command.incident;

import org.axonframework.deadline.DeadlineManager;

import java.time.Clock;
import java.time.Instant;

/**
 * The incident's one durable deadline: at {@code notifyBy} every required party not notified by then is overdue. An
 * incident reported after its limit had passed has its deadline scheduled for now, so it still fires.
 */
final class IncidentDeadlines {

    static final String NOTIFICATION_DUE = "incident-notification-due";

    record NotificationDue(Instant notifyBy) {
    }

    private IncidentDeadlines() {
    }

    static void scheduleNotificationDue(DeadlineManager deadlines, Instant notifyBy, Clock clock) {
        Instant now = clock.instant();
        deadlines.schedule(notifyBy.isBefore(now) ? now : notifyBy, NOTIFICATION_DUE, new NotificationDue(notifyBy));
    }
}
