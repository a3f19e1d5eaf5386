package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ContractQuery.AmendmentView;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.organization.Department;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The amendment part of {@link ContractView}'s fold: each amendment's approvals and where it stands. */
final class Amendments {

    private Amendments() {
    }

    static List<AmendmentView> after(List<AmendmentView> amendments, ContractEvent event) {
        List<AmendmentView> changed = new ArrayList<>(amendments);
        switch (event) {
            case AmendmentProposed e -> changed.add(new AmendmentView(e.amendmentId(), e.changeDescription(),
                    ContractView.PROPOSED, List.of(), null));
            case AmendmentApprovalRecorded e -> amendment(changed, e.amendmentId(), a -> {
                List<Department> approvals = new ArrayList<>(a.approvals());
                if (e.opinion() == ReviewOpinion.APPROVE) {
                    approvals.add(e.department());
                }
                return new AmendmentView(a.amendmentId(), a.changeDescription(), a.status(), List.copyOf(approvals),
                        null);
            });
            case AmendmentRejected e -> amendment(changed, e.amendmentId(), a -> new AmendmentView(a.amendmentId(),
                    a.changeDescription(), ContractView.REJECTED, a.approvals(), null));
            case ContractAmended e -> amendment(changed, e.amendmentId(), a -> new AmendmentView(a.amendmentId(),
                    a.changeDescription(), ContractView.APPROVED, a.approvals(), e.version()));
            default -> {
            }
        }
        return changed;
    }

    private static void amendment(List<AmendmentView> amendments, String amendmentId,
                                  UnaryOperator<AmendmentView> change) {
        amendments.replaceAll(a -> a.amendmentId().equals(amendmentId) ? change.apply(a) : a);
    }
}
