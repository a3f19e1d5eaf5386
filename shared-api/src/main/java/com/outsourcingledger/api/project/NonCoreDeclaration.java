package com.outsourcingledger.api.project;

/**
 * The requester's explicit declaration that the work is none of core business, key technology or a main
 * management function, which may not be outsourced; {@code justification} says why the work is auxiliary.
 */
public record NonCoreDeclaration(boolean notCoreBusiness, boolean notKeyTechnology,
                                 boolean notMainManagementFunction, String justification) {

    public boolean declaresAll() {
        return notCoreBusiness && notKeyTechnology && notMainManagementFunction;
    }
}
