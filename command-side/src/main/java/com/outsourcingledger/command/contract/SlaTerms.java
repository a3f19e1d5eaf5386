package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every term the contract has had, each with the contract amount in force when it ended (the current one: now).
 * Measurements arrive late, also for months of a term a renewal has since replaced; each is judged by its own term.
 */
final class SlaTerms {

    record InForce(Term term, Money amount) {
    }

    private final List<InForce> replaced = new ArrayList<>();
    private InForce current;

    void drafted(Term term, Money amount) {
        current = new InForce(term, amount);
    }

    void amended(Money amount) {
        current = new InForce(current.term(), amount);
    }

    void renewed(Term next) {
        replaced.add(current);
        current = new InForce(next, current.amount());
    }

    /** The term the period began in; a period that began before the first term belongs to the first. */
    Optional<InForce> of(SlaPeriod period) {
        List<InForce> all = new ArrayList<>(replaced);
        all.add(current);
        return all.stream()
                .filter(t -> !period.end().isBefore(t.term().start()) && !period.start().isAfter(t.term().end()))
                .findFirst();
    }

    InForce current() {
        return current;
    }

    /** The days every term together covers, for a refusal to name. */
    String span() {
        Term first = replaced.isEmpty() ? current.term() : replaced.getFirst().term();
        return first.start() + " to " + current.term().end();
    }
}
