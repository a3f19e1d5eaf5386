package com.outsourcingledger.command.project;

import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectCommand.ReviewProject;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.refusal.ProjectRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;

import java.util.Set;

/** Guard clauses of the project's lifecycle and approval chain; each names the rule it enforces. */
final class ProjectRules {

    private ProjectRules() {
    }

    static void requireStatus(String rule, String projectId, ProjectStatus status, String act,
                              ProjectStatus... allowed) {
        Refusal.requireStatus(rule, "Project " + projectId, status, act, allowed);
    }

    static void requireReviewable(String projectId, ProjectStatus status, ApprovalStep awaiting, ReviewProject review,
                                  String user, String department, Set<String> authors) {
        requireStatus(ProjectRuleCodes.REVIEW_NOT_SUBMITTED, projectId, status, "review", ProjectStatus.SUBMITTED);
        if (review.step() == null || review.opinion() == null) {
            throw Refusal.unprocessable(ProjectRuleCodes.REVIEW_STEP_AND_OPINION_REQUIRED,
                    "A review names its approval step and its opinion: APPROVE, REJECT or RETURN");
        }
        if (review.step() != awaiting) {
            throw Refusal.conflict(ProjectRuleCodes.REVIEW_OUT_OF_ORDER, "Project " + projectId
                    + " awaits the " + awaiting + " review; the chain runs BUSINESS head, HR, FINANCE, LEGAL,"
                    + " MANAGEMENT in that order");
        }
        if (!review.step().department().name().equals(department)) {
            throw Refusal.forbidden(ProjectRuleCodes.REVIEW_WRONG_DEPARTMENT, "The " + review.step()
                    + " review is recorded by " + review.step().department() + ", not by " + department);
        }
        Refusal.requireNotAuthor(ProjectRuleCodes.REVIEW_OWN_REQUEST, review.step() + " review", user, authors);
        if (Refusal.isBlank(review.comment())) {
            throw Refusal.unprocessable(ProjectRuleCodes.REVIEW_COMMENT_REQUIRED,
                    "A review records its comment with its opinion");
        }
        requireRiskAssessment(review);
    }

    /** Whoever wrote the request as it stands submits it, so that any other user of the department may review it. */
    static void requireLastEditor(String projectId, String user, String lastEditor) {
        if (lastEditor != null && !lastEditor.equals(user)) {
            throw Refusal.forbidden(ProjectRuleCodes.SUBMISSION_NOT_LAST_EDITOR, "User " + lastEditor
                    + " wrote project " + projectId + "'s request as it stands and submits it; " + user
                    + " may revise it first and then submit it");
        }
    }

    private static void requireRiskAssessment(ReviewProject review) {
        boolean hr = review.step() == ApprovalStep.HR_COMPLIANCE;
        if (hr && review.shamOutsourcingRisk() == null) {
            throw Refusal.unprocessable(ProjectRuleCodes.REVIEW_RISK_ASSESSMENT_REQUIRED,
                    "HR's review assesses the sham-outsourcing (假外包、真派遣) risk as LOW, MEDIUM or HIGH");
        }
        if (!hr && review.shamOutsourcingRisk() != null) {
            throw Refusal.unprocessable(ProjectRuleCodes.REVIEW_RISK_ASSESSMENT_NOT_APPLICABLE,
                    "Only HR's review assesses the sham-outsourcing risk, not the " + review.step() + " review");
        }
        if (hr && review.shamOutsourcingRisk() == ShamOutsourcingRisk.HIGH
                && review.opinion() == ReviewOpinion.APPROVE) {
            throw Refusal.unprocessable(ProjectRuleCodes.REVIEW_HIGH_SHAM_OUTSOURCING_RISK,
                    "A request with a HIGH sham-outsourcing risk cannot pass HR's review; reject it or return it"
                            + " for revision");
        }
    }

    static void requireReason(String rule, String act, String reason) {
        Refusal.requireText(rule, reason, "A " + act + " states its reason");
    }

    static Refusal contractedBefore(String projectId) {
        return Refusal.conflict(ProjectRuleCodes.CANCELLATION_NOT_CANCELLABLE, "Project " + projectId
                + " has been contracted before; a round opened for a retender is cancelled, not the project");
    }

    static Refusal otherSourcing(String rule, String projectId, String current, String requested) {
        return Refusal.conflict(rule, "Project " + projectId
                + " is being sourced by " + current + ", not by " + requested);
    }
}
