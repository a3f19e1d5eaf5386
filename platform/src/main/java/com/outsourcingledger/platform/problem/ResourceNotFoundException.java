package com.outsourcingledger.platform.problem;

public class ResourceNotFoundException extends RuleViolationException {

    public ResourceNotFoundException(String resource, String id) {
        super(resource + ".not-found", 404, "No " + resource + " with id " + id);
    }
}
