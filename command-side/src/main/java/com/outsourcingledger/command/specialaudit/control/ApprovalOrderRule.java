package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectEvent.ProjectEstablished;
import com.outsourcingledger.api.project.ProjectEvent.ProjectReviewed;
import com.outsourcingledger.api.project.ProjectEvent.ProjectSubmitted;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each project established in the period passed, in the round that established it, the approval chain in its order
 * (BUSINESS head, HR, FINANCE, LEGAL, MANAGEMENT), each step approved by its own department, and HR's step with a
 * sham-outsourcing assessment that was not HIGH.
 */
final class ApprovalOrderRule implements ControlRule {

    private static final List<ApprovalStep> CHAIN = List.of(ApprovalStep.values());

    private final CheckedSubjects subjects = new CheckedSubjects(AggregateKind.PROJECT);
    private final Map<String, List<AuditedEvent>> rounds = new HashMap<>();

    @Override
    public AuditControl control() {
        return AuditControl.APPROVAL_ORDER_WITH_SHAM_ASSESSMENT;
    }

    @Override
    public void accept(AuditedEvent event) {
        switch (event.payload()) {
            case ProjectSubmitted submitted -> rounds.put(submitted.projectId(), new ArrayList<>());
            case ProjectReviewed reviewed ->
                    rounds.computeIfAbsent(reviewed.projectId(), id -> new ArrayList<>()).add(event);
            case ProjectEstablished established -> check(established.projectId(), event);
            case null, default -> {
            }
        }
    }

    private void check(String projectId, AuditedEvent establishment) {
        List<AuditedEvent> round = rounds.getOrDefault(projectId, List.of());
        List<String> violations = new ArrayList<>();
        List<ApprovalStep> steps = round.stream().map(e -> ((ProjectReviewed) e.payload()).step()).toList();
        if (!steps.equals(CHAIN)) {
            violations.add(round.isEmpty() ? "established without a recorded review"
                    : "established after the reviews " + steps + " instead of the chain " + CHAIN + " in that order");
        }
        for (AuditedEvent event : round) {
            ProjectReviewed review = (ProjectReviewed) event.payload();
            violations.addAll(stepViolations(review, reviewerDepartment(review, event)));
        }
        if (round.stream().noneMatch(e -> ((ProjectReviewed) e.payload()).step() == ApprovalStep.HR_COMPLIANCE)) {
            violations.add("no HR review, so no sham-outsourcing assessment");
        }
        if (violations.isEmpty()) {
            subjects.applied(projectId, establishment.timestamp());
            return;
        }
        List<String> evidence = new ArrayList<>(round.stream().map(AuditedEvent::eventId).toList());
        evidence.add(establishment.eventId());
        subjects.notApplied(projectId, establishment.timestamp(), String.join("; ", violations), evidence);
    }

    private static List<String> stepViolations(ProjectReviewed review, String department) {
        List<String> violations = new ArrayList<>();
        ApprovalStep step = review.step();
        if (review.opinion() != ReviewOpinion.APPROVE) {
            violations.add("the " + step + " review's opinion was " + review.opinion() + ", not APPROVE");
        }
        if (step != null && !step.department().name().equals(department)) {
            violations.add("the " + step + " step was reviewed by " + department + ", not by "
                    + step.department());
        }
        if (step == ApprovalStep.HR_COMPLIANCE && review.shamOutsourcingRisk() == null) {
            violations.add("HR's review recorded no sham-outsourcing risk assessment");
        }
        if (step == ApprovalStep.HR_COMPLIANCE && review.shamOutsourcingRisk() == ShamOutsourcingRisk.HIGH) {
            violations.add("HR's review passed a HIGH sham-outsourcing risk");
        }
        return violations;
    }

    /** The department the review names, or, in a review that names none, the one its metadata records. */
    private static String reviewerDepartment(ProjectReviewed review, AuditedEvent event) {
        Department named = review.department();
        return named != null ? named.name() : event.department();
    }

    @Override
    public ControlAnswer answer(AuditPeriod period) {
        return subjects.answer(control(), period);
    }
}
