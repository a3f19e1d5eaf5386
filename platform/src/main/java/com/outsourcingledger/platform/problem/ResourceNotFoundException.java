package com.outsourcingledger.platform.problem;

import com.outsourcingledger.api.refusal.Refusal;

public class ResourceNotFoundException extends Refusal {

    public ResourceNotFoundException(String rule, String resource, String id) {
        super(Kind.NOT_FOUND, rule, "No " + resource + " with id " + id);
    }
}
