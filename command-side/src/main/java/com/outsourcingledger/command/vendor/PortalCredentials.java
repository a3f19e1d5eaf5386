package com.outsourcingledger.command.vendor;

/** Where portal accounts' password hashes live, outside every event: written in the command's transaction. */
interface PortalCredentials {

    /** Whether the name belongs to an internal user, which no portal account may take. */
    boolean reserved(String username);

    /**
     * Stores the account's hash under its name; false when the name is already taken, by an open or a closed account
     * of any vendor (closed accounts keep their names, so history never names two people alike).
     */
    boolean store(String username, String vendorId, String passwordHash);

    void close(String username);
}
