package com.outsourcingledger.api.refusal;

/**
 * The rules an incident's commands and reads are refused under, by act: the report, each party's notification, the
 * vendor's acknowledgement, the emergency plan and team, management's information, the resolution and the review.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class IncidentRuleCodes {

    public static final String NOT_FOUND = "incident.not-found";

    public static final String REPORT_ALREADY_REPORTED = "incident.report.already-reported";
    public static final String REPORT_DESCRIPTION_REQUIRED = "incident.report.description-required";
    public static final String REPORT_OCCURRED_AT_REQUIRED = "incident.report.occurred-at-required";
    public static final String REPORT_OCCURRED_IN_FUTURE = "incident.report.occurred-in-future";
    public static final String REPORT_TYPE_REQUIRED = "incident.report.type-required";
    public static final String REPORT_UNKNOWN_CONTRACT = "incident.report.unknown-contract";
    public static final String REPORT_WORKER_NOT_OF_CONTRACT = "incident.report.worker-not-of-contract";
    public static final String REPORT_WRONG_DEPARTMENT = "incident.report.wrong-department";

    public static final String NOTIFICATION_ALREADY_NOTIFIED = "incident.notification.already-notified";
    public static final String NOTIFICATION_BEFORE_OCCURRENCE = "incident.notification.before-occurrence";
    public static final String NOTIFICATION_IN_FUTURE = "incident.notification.in-future";
    public static final String NOTIFICATION_PARTY_REQUIRED = "incident.notification.party-required";
    public static final String NOTIFICATION_WRONG_DEPARTMENT = "incident.notification.wrong-department";
    public static final String NOTIFICATION_WRONG_STATUS = "incident.notification.wrong-status";

    public static final String ACKNOWLEDGEMENT_ALREADY_ACKNOWLEDGED = "incident.acknowledgement.already-acknowledged";
    public static final String ACKNOWLEDGEMENT_NOT_A_VENDOR_USER = "incident.acknowledgement.not-a-vendor-user";
    public static final String ACKNOWLEDGEMENT_WRONG_STATUS = "incident.acknowledgement.wrong-status";

    public static final String PLAN_REQUIRED = "incident.plan.required";
    public static final String PLAN_WRONG_DEPARTMENT = "incident.plan.wrong-department";
    public static final String PLAN_WRONG_STATUS = "incident.plan.wrong-status";

    public static final String TEAM_ALREADY_FORMED = "incident.team.already-formed";
    public static final String TEAM_MEMBERS_REQUIRED = "incident.team.members-required";
    public static final String TEAM_WRONG_DEPARTMENT = "incident.team.wrong-department";
    public static final String TEAM_WRONG_STATUS = "incident.team.wrong-status";

    public static final String MANAGEMENT_UPDATE_REQUIRED = "incident.management.update-required";
    public static final String MANAGEMENT_WRONG_DEPARTMENT = "incident.management.wrong-department";
    public static final String MANAGEMENT_WRONG_STATUS = "incident.management.wrong-status";

    public static final String RESOLUTION_DETAILS_REQUIRED = "incident.resolution.details-required";
    public static final String RESOLUTION_PARTIES_NOT_NOTIFIED = "incident.resolution.parties-not-notified";
    public static final String RESOLUTION_PLAN_MISSING = "incident.resolution.plan-missing";
    public static final String RESOLUTION_TEAM_MISSING = "incident.resolution.team-missing";
    public static final String RESOLUTION_WRONG_DEPARTMENT = "incident.resolution.wrong-department";
    public static final String RESOLUTION_WRONG_STATUS = "incident.resolution.wrong-status";

    public static final String REVIEW_LESSONS_REQUIRED = "incident.review.lessons-required";
    public static final String REVIEW_WRONG_DEPARTMENT = "incident.review.wrong-department";
    public static final String REVIEW_WRONG_STATUS = "incident.review.wrong-status";

    private IncidentRuleCodes() {
    }
}
