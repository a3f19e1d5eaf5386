package com.outsourcingledger.platform.problem;

import com.outsourcingledger.api.input.InputCheck.Problem;

import java.util.List;

/** A request whose values break the input rules: answered 400, naming every offending field, before any work. */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super("The request has invalid fields: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
