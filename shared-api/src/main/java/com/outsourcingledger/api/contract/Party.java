package com.outsourcingledger.api.contract;

/** One party to a contract, as named on it. */
public record Party(String name, String address, String legalRepresentative, String contactName,
                    String contactPhone) {
}
